import { describe, expect, it } from 'vitest';
import { createSession } from '../shell/session';
import { localRegistryAt } from './local-registry';

const NOW = Date.UTC(2026, 11, 5, 1, 0, 0);

async function withRegistry() {
  const s = createSession({ seed: 3, now: () => NOW });
  await s.run('ctr i pull docker.io/library/registry:2');
  await s.run('ctr i pull --all-platforms docker.io/library/alpine:3.21');
  const started = await s.run('ctr run -d --net-host docker.io/library/registry:2 reg');
  return { s, started };
}

describe('a registry:2 container as the node\'s local registry', () => {
  it('starts through the image entrypoint and logs distribution 2.8.3\'s start-up lines', async () => {
    const { s, started } = await withRegistry();
    const lines = started.stderr.trim().split('\n');
    expect(lines).toHaveLength(5);
    expect(lines[0]).toMatch(/^time="2026-12-05T01:00:\d\d\.\d{9}Z" level=warning msg="No HTTP secret provided - generated random secret\./);
    expect(lines[4]).toMatch(/ level=info msg="listening on \[::\]:5000" go\.version=go1\.20\.8 instance\.id=[0-9a-f-]{36} service=registry version=2\.8\.3$/);
    const ps = await s.run('ctr t exec --exec-id p reg ps');
    expect(ps.stdout).toContain('    1 root     registry serve /etc/docker/registry/config.yml\n');
    expect(localRegistryAt(s.node, 'localhost:5000', 5000)).toBeDefined();
    expect(localRegistryAt(s.node, 'localhost:5001', 5001)).toBeUndefined();
  });

  it('takes a push, serves it back, keeps it in the container\'s /var/lib/registry, and loses it with the container', async () => {
    const { s } = await withRegistry();
    await s.run('ctr i tag docker.io/library/alpine:3.21 localhost:5000/my/alpine:v1');
    expect((await s.run('ctr i push --plain-http localhost:5000/my/alpine:v1')).exitCode).toBe(0);
    expect((await s.run('curl -s localhost:5000/v2/_catalog')).stdout).toBe('{"repositories":["my/alpine"]}\n');
    expect((await s.run('curl -s localhost:5000/v2/my/alpine/tags/list')).stdout).toBe('{"name":"my/alpine","tags":["v1"]}\n');
    const tags = await s.run('ctr t exec --exec-id l reg ls /var/lib/registry/docker/registry/v2/repositories/my/alpine/_manifests/tags');
    expect(tags.stdout).toBe('v1\n');
    await s.run('ctr i rm localhost:5000/my/alpine:v1');
    expect((await s.run('ctr i pull --plain-http localhost:5000/my/alpine:v1')).exitCode).toBe(0);
    const missing = await s.run('curl -s localhost:5000/v2/my/alpine/manifests/v2');
    expect(missing.stdout).toBe('{"errors":[{"code":"MANIFEST_UNKNOWN","message":"manifest unknown","detail":{"Tag":"v2"}}]}\n');
    // Pushed content lives in the container's layer: the image stays clean, and rm takes it away.
    await s.run('ctr t kill -s 9 reg');
    await s.run('sleep 1');
    await s.run('ctr c rm reg');
    await s.run('ctr run -d --net-host docker.io/library/registry:2 reg2');
    const after = await s.run('ctr i pull --plain-http localhost:5000/my/alpine:v1');
    expect(after.exitCode).toBe(1);
    expect(after.stderr).toContain('localhost:5000/my/alpine:v1: not found');
  });

  it('without a registry listening the client gets connection refused', async () => {
    const s = createSession({ seed: 3, now: () => NOW });
    const r = await s.run('ctr i pull --plain-http localhost:5000/x:1');
    expect(r.stderr).toContain('dial tcp 127.0.0.1:5000: connect: connection refused');
  });
});
