// docker push/pull to a registry:2 on the node's own address, held to a real dockerd 20.10.24
// with a plain-http registry on its machine's non-loopback address: over https the ping fails
// with Go's "http: server gave HTTP response to HTTPS client" (exit 1); daemon.json's
// insecure-registries makes it plain http when it names the host with its port or a CIDR
// holding its address (registry/config.go isSecureIndex), not the address without the port.

import { describe, expect, it } from 'vitest';
import { createSession } from '../../shell/session';

const NOW = Date.UTC(2026, 11, 7, 1, 0, 0);

async function withRegistry(insecure?: string[]) {
  const s = createSession({ seed: 3, now: () => NOW });
  if (insecure) {
    await s.run(`mkdir -p /etc/docker; echo '${JSON.stringify({ 'insecure-registries': insecure })}' > /etc/docker/daemon.json`);
    await s.run('systemctl restart docker');
  }
  await s.run('docker run -d -p 5000:5000 --name reg registry:2');
  await s.run('docker pull -q busybox');
  await s.run('docker tag busybox 192.168.56.10:5000/x');
  return s;
}

const PUSHING = 'Using default tag: latest\nThe push refers to repository [192.168.56.10:5000/x]\n';

describe('a registry on the node\'s own address', () => {
  it('is https unless insecure: the ping meets a plain-http server', async () => {
    for (const insecure of [undefined, ['192.168.56.10'], ['192.168.56.10:5001']]) {
      const s = await withRegistry(insecure);
      expect(await s.run('docker push 192.168.56.10:5000/x')).toMatchObject({
        stdout: PUSHING,
        stderr: 'Get "https://192.168.56.10:5000/v2/": http: server gave HTTP response to HTTPS client\n',
        exitCode: 1,
      });
      expect(await s.run('docker pull 192.168.56.10:5000/x:nope')).toMatchObject({
        stdout: '',
        stderr: 'Error response from daemon: Get "https://192.168.56.10:5000/v2/": http: server gave HTTP response to HTTPS client\n',
        exitCode: 1,
      });
    }
    const s = await withRegistry();
    expect((await s.run('docker pull 192.168.56.10:5001/x')).stderr).toBe(
      'Error response from daemon: Get "https://192.168.56.10:5001/v2/": dial tcp 192.168.56.10:5001: connect: connection refused\n',
    );
  });

  it('is plain http when daemon.json names it with its port or a CIDR holds it', async () => {
    for (const insecure of [['192.168.56.10:5000'], ['192.168.56.0/24']]) {
      const s = await withRegistry(insecure);
      const push = await s.run('docker push 192.168.56.10:5000/x');
      expect(push.stdout).toMatch(/^Using default tag: latest\nThe push refers to repository \[192\.168\.56\.10:5000\/x\]\n([0-9a-f]{12}): Preparing\n\1: Pushed\nlatest: digest: sha256:[0-9a-f]{64} size: \d+\n$/);
      expect(push.exitCode).toBe(0);
      expect((await s.run('docker push 192.168.56.10:5000/x')).stdout).toContain(': Layer already exists\n');
      await s.run('docker rmi 192.168.56.10:5000/x');
      const pull = await s.run('docker pull 192.168.56.10:5000/x');
      expect(pull.stdout).toMatch(/^Using default tag: latest\nlatest: Pulling from x\nDigest: sha256:[0-9a-f]{64}\nStatus: Downloaded newer image for 192\.168\.56\.10:5000\/x:latest\n192\.168\.56\.10:5000\/x:latest\n$/);
      expect(await s.run('docker pull 192.168.56.10:5000/x:nope')).toMatchObject({
        stderr: 'Error response from daemon: manifest for 192.168.56.10:5000/x:nope not found: manifest unknown: manifest unknown\n',
        exitCode: 1,
      });
    }
    // A port the file does not name stays https; under the CIDR a closed one is refused over http.
    const named = await withRegistry(['192.168.56.10:5000']);
    expect((await named.run('docker pull 192.168.56.10:5001/x')).stderr).toContain('Get "https://192.168.56.10:5001/v2/": dial tcp');
    const cidr = await withRegistry(['192.168.56.0/24']);
    expect((await cidr.run('docker pull 192.168.56.10:5001/x')).stderr).toBe(
      'Error response from daemon: Get "http://192.168.56.10:5001/v2/": dial tcp 192.168.56.10:5001: connect: connection refused\n',
    );
  });
});
