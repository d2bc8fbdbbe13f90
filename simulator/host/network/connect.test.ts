import { describe, expect, it } from 'vitest';
import { connectTcp, httpGet, HOST_NETNS, whoListens } from './index';
import { cniDel } from '../cni/index';
import { NERDCTL_CONFLIST } from '../cni/test-support';
import { pidOf, runOnBridge, sessionWithImages } from './test-support';
import { rememberOutput } from '../../containerd/tasks/process-output';
import type { OutputChunk } from '../../programs/program';

const get = (s: Awaited<ReturnType<typeof sessionWithImages>>, from: string, host: string, port = 80, path = '/') =>
  httpGet(s.node, from, host, port, path, { userAgent: 'test', hostsText: '127.0.0.1 localhost\n' });

describe('connections on the node', () => {
  it('reaches nginx on its bridge address, on the published port and not where nothing listens', async () => {
    const s = await sessionWithImages();
    const ip = await runOnBridge(s, 'ctr run -d docker.io/library/nginx:alpine web', 'web', [{ hostPort: 8080, containerPort: 80, protocol: 'tcp' }]);
    expect(ip).toBe('10.4.0.2');
    const direct = get(s, HOST_NETNS, ip);
    expect(direct).toMatchObject({ kind: 'reply', serverIp: '10.4.0.2', reply: { status: 200 } });
    expect(get(s, HOST_NETNS, 'localhost', 8080)).toMatchObject({ kind: 'reply', reply: { status: 200 } });
    expect(get(s, HOST_NETNS, '192.168.56.10', 8080)).toMatchObject({ kind: 'reply' });
    expect(get(s, HOST_NETNS, 'localhost', 80)).toEqual({ kind: 'failed', failure: 'refused' });
    expect(get(s, HOST_NETNS, '10.4.0.2', 81)).toEqual({ kind: 'failed', failure: 'refused' });
    expect(get(s, HOST_NETNS, '10.4.0.77')).toEqual({ kind: 'failed', failure: 'unreachable' });
    expect(get(s, HOST_NETNS, '1.2.3.4')).toEqual({ kind: 'failed', failure: 'timeout' });
    expect(get(s, HOST_NETNS, 'nosuchhost')).toEqual({ kind: 'failed', failure: 'bad-address' });
  });

  it('gives the server the address after NAT: the bridge for localhost (portmap masquerade), the node for its LAN address', async () => {
    const s = await sessionWithImages();
    await runOnBridge(s, 'ctr run -d docker.io/library/nginx:alpine web', 'web', [{ hostPort: 80, containerPort: 80 }]);
    const from = (host: string) => {
      const c = connectTcp(s.node, HOST_NETNS, host, 80);
      return c.kind === 'connected' ? c.clientIp : c.failure;
    };
    expect(from('127.0.0.1')).toBe('10.4.0.1');
    expect(from('10.4.0.2')).toBe('10.4.0.1');
    expect(from('192.168.56.10')).toBe('192.168.56.10');
  });

  it('lets containers on one bridge reach each other, and a container reach the node’s published port (hairpin)', async () => {
    const s = await sessionWithImages();
    await runOnBridge(s, 'ctr run -d docker.io/library/nginx:alpine web', 'web', [{ hostPort: 8080, containerPort: 80 }]);
    await runOnBridge(s, 'ctr run -d docker.io/library/busybox:latest bb sleep 3600', 'bb');
    const bb = `/proc/${pidOf(s, 'bb')}/ns/net`;
    const c = connectTcp(s.node, bb, '10.4.0.2', 80);
    expect(c).toMatchObject({ kind: 'connected', clientIp: '10.4.0.3', serverIp: '10.4.0.2' });
    expect(connectTcp(s.node, bb, '192.168.56.10', 8080)).toMatchObject({ kind: 'connected', clientIp: '10.4.0.1' });
    // Loopback stays in the namespace: busybox has no server on its own 127.0.0.1.
    expect(connectTcp(s.node, bb, '127.0.0.1', 80)).toEqual({ kind: 'failed', failure: 'refused' });
    expect(connectTcp(s.node, bb, '1.2.3.4', 80)).toEqual({ kind: 'failed', failure: 'timeout' });
  });

  it('busybox wget inside a container reaches another by address, and by name only where /etc/hosts has it', async () => {
    const s = await sessionWithImages();
    await runOnBridge(s, 'ctr run -d docker.io/library/nginx:alpine web', 'web');
    await runOnBridge(s, 'ctr run -d docker.io/library/busybox:latest bb sleep 3600', 'bb');
    const ok = await s.run('ctr t exec --exec-id w1 bb wget -qO- http://10.4.0.2/');
    expect(ok.stdout).toContain('<title>Welcome to nginx!</title>');
    const named = await s.run('ctr t exec --exec-id w2 bb wget -qO- http://web/');
    expect(named).toMatchObject({ stderr: "wget: bad address 'web'\n", exitCode: 1 });
    await s.run("ctr t exec --exec-id w3 bb sh -c 'echo \"10.4.0.2 web\" >> /etc/hosts'");
    const byName = await s.run('ctr t exec --exec-id w4 bb wget http://web/ -O -');
    expect(byName.stderr).toMatch(/^Connecting to web \(10\.4\.0\.2:80\)\nwriting to stdout\n/);
    const refused = await s.run('ctr t exec --exec-id w5 bb wget -qO- http://10.4.0.2:81/');
    expect(refused).toMatchObject({ stderr: "wget: can't connect to remote host (10.4.0.2): Connection refused\n", exitCode: 1 });
  });

  it('keeps the old same-container behaviour on 127.0.0.1 for a task without CNI', async () => {
    const s = await sessionWithImages();
    await s.run('ctr run -d docker.io/library/nginx:alpine plain');
    const r = await s.run('ctr t exec --exec-id w plain wget -qO- http://127.0.0.1/');
    expect(r.stdout).toContain('Welcome to nginx!');
    // No eth0: beyond loopback there is no route.
    const out = await s.run('ctr t exec --exec-id w2 plain wget -qO- http://10.4.0.2/');
    expect(out.stderr).toBe("wget: can't connect to remote host (10.4.0.2): Network is unreachable\n");
  });

  it('puts a --net-host task’s listeners in the node’s namespace', async () => {
    const s = await sessionWithImages();
    await s.run('ctr run -d --net-host docker.io/library/nginx:alpine hostweb');
    expect(whoListens(s.node, HOST_NETNS, '127.0.0.1', 80)?.process?.name).toBe('nginx');
    expect(get(s, HOST_NETNS, 'localhost')).toMatchObject({ kind: 'reply', reply: { status: 200 } });
  });

  it('stops answering once the container leaves the network', async () => {
    const s = await sessionWithImages();
    await runOnBridge(s, 'ctr run -d docker.io/library/nginx:alpine web', 'web', [{ hostPort: 80, containerPort: 80 }]);
    cniDel(s.node, { conflist: NERDCTL_CONFLIST, containerId: 'web', netnsPath: `/proc/${pidOf(s, 'web')}/ns/net`, ifName: 'eth0' });
    expect(get(s, HOST_NETNS, 'localhost')).toEqual({ kind: 'failed', failure: 'refused' });
    // nerdctl0 stays, without a port: its route is linkdown and no neighbour answers.
    expect(get(s, HOST_NETNS, '10.4.0.2')).toEqual({ kind: 'failed', failure: 'unreachable' });
  });

  it('writes nginx’s access line with the client address after NAT', async () => {
    const s = await sessionWithImages();
    await runOnBridge(s, 'ctr run -d docker.io/library/nginx:alpine web', 'web', [{ hostPort: 80, containerPort: 80 }]);
    const log: OutputChunk[] = [];
    rememberOutput(s.node, pidOf(s, 'web'), log);
    await s.run('curl -s localhost >/dev/null');
    await s.run('curl -s 192.168.56.10/nope >/dev/null');
    expect(log.map((c) => c.text.replace(/\[[^\]]+\]/, '[T]'))).toEqual([
      '10.4.0.1 - - [T] "GET / HTTP/1.1" 200 615 "-" "curl/7.88.1" "-"\n',
      '192.168.56.10 - - [T] "GET /nope HTTP/1.1" 404 153 "-" "curl/7.88.1" "-"\n',
    ]);
  });
});
