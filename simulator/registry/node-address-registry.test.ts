// A registry written as an IPv4 address (the node's own 192.168.56.10, where `-p 5000:5000`
// publishes a registry:2) is dialled on the node's network as Go dials a literal: nothing
// there is `connection refused`; a plain-http server asked over https is Go's transport error
// "http: server gave HTTP response to HTTPS client"; over http it is the registry itself.
// ctr has no fallback (containerd 1.6's resolver tries its one https host); nerdctl 0.22.2
// falls back to http only with --insecure-registry (pkg/imgutil/imgutil.go EnsureImage).

import { describe, expect, it } from 'vitest';
import { createSession } from '../shell/session';

const NOW = Date.UTC(2026, 11, 7, 1, 0, 0);
const HTTPS = 'http: server gave HTTP response to HTTPS client';

async function withRegistry() {
  const s = createSession({ seed: 3, now: () => NOW });
  await s.run('docker run -d -p 5000:5000 --name reg registry:2');
  await s.run('ctr i pull --all-platforms docker.io/library/alpine:3.21');
  await s.run('ctr i tag docker.io/library/alpine:3.21 192.168.56.10:5000/my/alpine:v1');
  return s;
}

describe('a registry on the node\'s own address', () => {
  it('ctr: https meets the plain-http registry; --plain-http pushes and pulls; a closed port is refused', async () => {
    const s = await withRegistry();
    const https = await s.run('ctr i push 192.168.56.10:5000/my/alpine:v1');
    expect(https.exitCode).toBe(1);
    expect(https.stderr).toContain(`failed to do request: Head "https://192.168.56.10:5000/v2/my/alpine/blobs/`);
    expect(https.stderr).toContain(`: ${HTTPS}\n`);
    expect((await s.run('ctr i push --plain-http 192.168.56.10:5000/my/alpine:v1')).exitCode).toBe(0);
    expect((await s.run('curl -s 192.168.56.10:5000/v2/my/alpine/tags/list')).stdout).toBe('{"name":"my/alpine","tags":["v1"]}\n');
    await s.run('ctr i rm 192.168.56.10:5000/my/alpine:v1');
    const pull = await s.run('ctr i pull 192.168.56.10:5000/my/alpine:v1');
    expect(pull.stderr.replace(/T01:00:\d\dZ/, 'T01:00:ssZ')).toBe(
      `time="2026-12-07T01:00:ssZ" level=info msg="trying next host" error="failed to do request: Head \\"https://192.168.56.10:5000/v2/my/alpine/manifests/v1\\": ${HTTPS}" host="192.168.56.10:5000"\n` +
        `ctr: failed to resolve reference "192.168.56.10:5000/my/alpine:v1": failed to do request: Head "https://192.168.56.10:5000/v2/my/alpine/manifests/v1": ${HTTPS}\n`,
    );
    expect((await s.run('ctr i pull --plain-http 192.168.56.10:5000/my/alpine:v1')).exitCode).toBe(0);
    const closed = await s.run('ctr i pull --plain-http 192.168.56.10:5001/my/alpine:v1');
    expect(closed.stderr).toContain('ctr: failed to resolve reference "192.168.56.10:5001/my/alpine:v1": failed to do request: Head "http://192.168.56.10:5001/v2/my/alpine/manifests/v1": dial tcp 192.168.56.10:5001: connect: connection refused\n');
  });

  it('nerdctl: the hint without --insecure-registry, the fall back to plain http with it', async () => {
    const s = await withRegistry();
    await s.run('ctr i push --plain-http 192.168.56.10:5000/my/alpine:v1');
    const secure = await s.run('nerdctl pull 192.168.56.10:5000/my/alpine:v1');
    expect(secure.exitCode).toBe(1);
    expect(secure.stderr).toContain('level=error msg="server \\"192.168.56.10:5000\\" does not seem to support HTTPS"');
    expect(secure.stderr).toContain('msg="Hint: you may want to try --insecure-registry to allow plain HTTP (if you are in a trusted network)"');
    const insecure = await s.run('nerdctl --insecure-registry pull 192.168.56.10:5000/my/alpine:v1');
    expect(insecure.exitCode).toBe(0);
    expect(insecure.stderr).toContain('level=warning msg="server \\"192.168.56.10:5000\\" does not seem to support HTTPS, falling back to plain HTTP"');
  });
});
