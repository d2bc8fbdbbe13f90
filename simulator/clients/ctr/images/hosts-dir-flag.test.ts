// `ctr --hosts-dir` (cmd/ctr/commands/resolver.go:67-113@v1.6.20): the hosts of a registry from
// HostDirFromRoot(dir) through the client library's ConfigureHosts, --user's credentials for
// every host; without the flag ctr keeps its default host.

import { describe, expect, it } from 'vitest';
import { createSession } from '../../../index';

function session() {
  const s = createSession({ seed: 5, now: () => Date.UTC(2026, 11, 4, 22) });
  return async (line: string) => {
    const r = await s.run(line);
    return { out: r.stdout, err: r.stderr, code: r.exitCode };
  };
}

const DIR = '/etc/containerd/certs.d/harbor.mydomain.com';
const REF = 'harbor.mydomain.com/k8s/pause:1.25.1';

describe('ctr images pull --hosts-dir', () => {
  it('trusts harbor through a hosts.toml with a relative ca; the resolver logs each host it gives up on', async () => {
    const run = session();
    await run(`mkdir -p ${DIR}`);
    await run(`printf '[host."https://harbor.mydomain.com"]\\n  ca = "ca.crt"\\n' > ${DIR}/hosts.toml`);
    const missing = await run(`ctr i pull --hosts-dir /etc/containerd/certs.d -u admin:Harbor12345 ${REF}`);
    expect(missing.code).toBe(1);
    expect(missing.err).toBe(`ctr: failed to resolve reference "${REF}": unable to read CA cert "${DIR}/ca.crt": open ${DIR}/ca.crt: no such file or directory\n`);
    await run(`cp /etc/containerd/harbor.mydomain.com/ca.crt ${DIR}/`);
    // Without the flag the file is not read: the certificate is not trusted.
    const plainCtr = await run(`ctr i pull -u admin:Harbor12345 ${REF}`);
    expect(plainCtr.err).toContain('x509: certificate signed by unknown authority');
    const ok = await run(`ctr i pull --hosts-dir /etc/containerd/certs.d -u admin:Harbor12345 ${REF}`);
    expect(ok.code).toBe(0);
    expect(ok.out).toMatch(/^harbor\.mydomain\.com\/k8s\/pause:1\.25\.1: +resolved/);
    expect(ok.out).toMatch(/\nunpacking linux\/amd64 sha256:[0-9a-f]{64}\.\.\.\ndone: [\d.]+m?s\t\n$/);
  });

  it('tries the [host] tables first, then the server; a 404 and a failure are each logged once', async () => {
    const run = session();
    await run(`mkdir -p ${DIR}`);
    await run(`printf 'server = "https://harbor.mydomain.com"\\n[host."https://harbor.mydomain.com"]\\n  skip_verify = true\\n' > ${DIR}/hosts.toml`);
    const r = await run('ctr i pull --hosts-dir /etc/containerd/certs.d -u admin:Harbor12345 harbor.mydomain.com/k8s/pause:9.9');
    expect(r.code).toBe(1);
    const lines = r.err.split('\n');
    expect(lines[0]).toBe('time="2026-12-04T22:00:00Z" level=info msg="trying next host - response was http.StatusNotFound" host=harbor.mydomain.com');
    expect(lines[1]).toMatch(/^time="2026-12-04T22:00:00Z" level=info msg="trying next host" error="failed to do request: Head \\"https:\/\/harbor\.mydomain\.com\/v2\/k8s\/pause\/manifests\/9\.9\\": x509: certificate signed by unknown authority" host=harbor\.mydomain\.com$/);
    expect(lines[2]).toBe('ctr: failed to resolve reference "harbor.mydomain.com/k8s/pause:9.9": failed to do request: Head "https://harbor.mydomain.com/v2/k8s/pause/manifests/9.9": x509: certificate signed by unknown authority');
    expect(lines).toHaveLength(4);
  });
});

describe('ctr images push --hosts-dir', () => {
  it('pushes to the first push host; a hosts dir without harbor\'s CA fails TLS', async () => {
    const run = session();
    await run('ctr i pull docker.io/library/alpine:3.21');
    await run('ctr i tag docker.io/library/alpine:3.21 harbor.mydomain.com/library/alpine:3.21');
    await run('mkdir -p /opt/hosts/harbor.mydomain.com');
    const untrusted = await run('ctr i push --platform linux/amd64 --hosts-dir /opt/hosts -u admin:Harbor12345 harbor.mydomain.com/library/alpine:3.21');
    expect(untrusted.code).toBe(1);
    expect(untrusted.err).toContain('x509: certificate signed by unknown authority');
    await run('cp /etc/containerd/harbor.mydomain.com/ca.crt /opt/hosts/harbor.mydomain.com/');
    const ok = await run('ctr i push --platform linux/amd64 --hosts-dir /opt/hosts -u admin:Harbor12345 harbor.mydomain.com/library/alpine:3.21');
    expect(ok.code).toBe(0);
    expect(ok.out).toMatch(/\nelapsed: \d+\.\d s +total: /);
  });
});
