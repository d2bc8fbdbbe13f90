// Networks end to end through the daemon's create/start (D1's lifecycle) and the CLI: on a
// user-defined network containers reach each other by name and alias (embedded DNS), the
// container files say so (resolv.conf 127.0.0.11, /etc/hosts with its address there), -p
// 8080:80 is reachable with curl from the node, a second -p 8080 is refused as a real 20.10.24
// refused it, and removing the containers frees the network and the veths.

import { describe, expect, it } from 'vitest';
import { connectDockerd } from '../index';
import { createSession } from '../../shell/session';

describe('docker networks end to end', () => {
  it('names, ports and cleanup', async () => {
    const s = createSession({ seed: 7, now: () => Date.UTC(2026, 11, 5, 5, 0, 0) });
    const run = async (line: string) => {
      const r = await s.run(line);
      return { stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode };
    };
    await run('docker pull nginx:alpine');
    await run('docker pull busybox');
    await run('docker network create n1');
    const d = connectDockerd(s.node);
    const c1 = d.containers.create({ name: 'c1', config: { Image: 'nginx:alpine' }, hostConfig: { NetworkMode: 'n1' }, networkingConfig: { EndpointsConfig: { n1: { Aliases: ['web1'] } } } });
    d.containers.start(c1.Id);
    const c2 = d.containers.create({ name: 'c2', config: { Image: 'busybox', Cmd: ['sleep', '3600'] }, hostConfig: { NetworkMode: 'n1' } });
    d.containers.start(c2.Id);
    const web = d.containers.create({ name: 'web', config: { Image: 'nginx:alpine' }, hostConfig: { PortBindings: { '80/tcp': [{ HostIp: '', HostPort: '8080' }] } } });
    d.containers.start(web.Id);
    const web2 = d.containers.create({ name: 'web2', config: { Image: 'nginx:alpine' }, hostConfig: { PortBindings: { '80/tcp': [{ HostIp: '', HostPort: '8080' }] } } });
    expect(() => d.containers.start(web2.Id)).toThrow(/^driver failed programming external connectivity on endpoint web2 \([0-9a-f]{64}\): Bind for 0\.0\.0\.0:8080 failed: port is already allocated$/);

    expect((await run('docker exec c2 cat /etc/resolv.conf')).stdout).toBe('nameserver 127.0.0.11\noptions ndots:0\n');
    expect((await run('docker exec c2 cat /etc/hosts')).stdout).toMatch(new RegExp(`\\n172\\.18\\.0\\.3\\t${c2.Id.slice(0, 12)}\\n$`));
    expect((await run('docker exec c2 wget -qO- http://web1/')).stdout).toContain('<title>Welcome to nginx!</title>');
    expect((await run('docker exec c2 wget -qO- http://c1/')).stdout).toContain('<title>Welcome to nginx!</title>');
    expect(await run('docker exec c2 wget -qO- http://nosuch/')).toMatchObject({ stderr: "wget: bad address 'nosuch'\n", exitCode: 1 });
    expect((await run('curl -s http://127.0.0.1:8080/')).stdout).toContain('<title>Welcome to nginx!</title>');
    expect((await run('docker network rm n1')).stderr).toMatch(/^Error response from daemon: error while removing network: network n1 id [0-9a-f]{64} has active endpoints\n$/);

    await run('docker rm -f c1 c2 web web2');
    expect((await run('ip -br link')).stdout).not.toMatch(/veth/);
    expect(await run('docker network rm n1')).toEqual({ stdout: 'n1\n', stderr: '', exitCode: 0 });
    expect((await run('curl -s http://127.0.0.1:8080/')).exitCode).toBe(7);
  });
});
