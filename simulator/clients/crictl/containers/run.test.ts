// `crictl run container-config.json pod-config.json` as the notes use it (container.go:553-677
// @v1.26.0): a new pod, the image pulled (busybox), the container created and started, its id
// printed; then the usual commands on it.

import { describe, expect, it } from 'vitest';
import { createSession } from '../../../index';
import { NOTES_POD_CONFIG_NODE_NETWORK } from '../test-support';
import { CONTAINER_CONFIG, TEST_NOW_MS } from './test-support';

const untimed = (text: string) => text.replace(/time="[^"]*"/g, 'time="T"');

async function notesSession() {
  const s = createSession({ seed: 5, now: () => TEST_NOW_MS });
  const run = async (line: string) => {
    const r = await s.run(line);
    return { out: r.stdout, err: r.stderr, code: r.exitCode };
  };
  await run("echo 'runtime-endpoint: unix:///run/containerd/containerd.sock' > /etc/crictl.yaml");
  await run(`cat > container-config.json <<'EOF'\n${CONTAINER_CONFIG}\nEOF`);
  await run(`cat > pod-config.json <<'EOF'\n${NOTES_POD_CONFIG_NODE_NETWORK}\nEOF`);
  return Object.assign(run, { podIds: () => Object.keys(s.node.state.cri.sandboxes) });
}

describe('crictl run', () => {
  it('runs the notes configs: prints the container id, which ps shows Running in the new pod', async () => {
    const run = await notesSession();
    const r = await run('crictl run container-config.json pod-config.json');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const id = r.out.trim();
    expect(id).toMatch(/^[0-9a-f]{64}$/);
    const [pods = ''] = run.podIds();
    expect(pods).toMatch(/^[0-9a-f]{64}$/);
    const ps = (await run('crictl ps')).out.split('\n');
    expect(ps[1]).toMatch(new RegExp(`^${id.slice(0, 13)}       busybox +.+ago +Running +busybox +0 +${pods.slice(0, 13)}       unknown$`));
    expect((await run('ctr -n k8s.io i ls -q')).out).toContain('docker.io/library/busybox:latest');
    const info = JSON.parse((await run(`crictl inspect ${id}`)).out);
    expect(info.status.logPath).toBe('/tmp/busybox.0.log');
    expect(info.info.sandboxID).toBe(pods);
  });

  it('--no-pull with the image absent fails in CreateContainer; the pod stays (as crictl leaves it)', async () => {
    const run = await notesSession();
    const r = await run('crictl run --no-pull container-config.json pod-config.json');
    expect(r.code).toBe(1);
    expect(untimed(r.err)).toContain(
      'level=fatal msg="running container: creating container failed: rpc error: code = NotFound desc = failed to resolve image \\"busybox\\": not found"',
    );
    expect(run.podIds()).toHaveLength(1);
    expect((await run('crictl ps -a -q')).out).toBe('');
  });

  it('both pull flags, a missing pod config, and one argument', async () => {
    const run = await notesSession();
    expect(untimed((await run('crictl run --no-pull --with-pull container-config.json pod-config.json')).err)).toBe(
      'time="T" level=fatal msg="confict: no-pull and with-pull are both set"\n',
    );
    expect(untimed((await run('crictl run container-config.json nope.json')).err)).toContain(
      'level=fatal msg="running container: load podSandboxConfig: config at nope.json not found"',
    );
    const help = await run('crictl run container-config.json');
    expect(help.code).toBe(0);
    expect(help.out).toContain('crictl run - Run a new container inside a sandbox');
  });

  it('a second run of the same pod config is refused by the pod name reservation', async () => {
    const run = await notesSession();
    await run('crictl run container-config.json pod-config.json');
    const again = await run('crictl run container-config.json pod-config.json');
    expect(again.code).toBe(1);
    expect(untimed(again.err)).toContain('level=fatal msg="running container: run pod sandbox: rpc error: code = Unknown desc = failed to reserve sandbox name');
  });
});
