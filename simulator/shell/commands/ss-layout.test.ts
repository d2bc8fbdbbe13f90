// The layout of ss against the real one: the same six sockets (four IPv4, two IPv6, one
// process) recorded from iproute2 6.1's ss, piped (compact widths).

import { afterEach, describe, expect, it } from 'vitest';
import { createSession } from '../session';
import { HOST_NETNS, registerListenerSource, type Listener } from '../../host/network/index';
import { NOW } from '../../host/network/test-support';

const sock = (ip: string, port: number, backlog: number, fd: number): Listener => ({ netns: HOST_NETNS, protocol: 'tcp', ip, port, backlog, process: { name: 'python3', pid: 15538, fd } });

afterEach(() => registerListenerSource('recorded', () => []));

describe('ss layout', () => {
  it('matches the recorded ss -lnt and ss -lntp byte for byte', async () => {
    registerListenerSource('recorded', () => [
      sock('127.0.0.1', 36339, 4096, 3), sock('0.0.0.0', 22, 128, 4), sock('127.0.0.1', 10248, 4096, 6), sock('0.0.0.0', 5000, 4096, 8), sock('::', 10250, 4096, 7), sock('::', 22, 128, 5),
    ]);
    const s = createSession({ seed: 1, now: () => NOW });
    await s.run('systemctl stop containerd');
    expect((await s.run('ss -lnt')).stdout).toBe(
      'State  Recv-Q Send-Q Local Address:Port  Peer Address:PortProcess\n' +
        'LISTEN 0      4096       127.0.0.1:36339      0.0.0.0:*          \n' +
        'LISTEN 0      128          0.0.0.0:22         0.0.0.0:*          \n' +
        'LISTEN 0      4096       127.0.0.1:10248      0.0.0.0:*          \n' +
        'LISTEN 0      4096         0.0.0.0:5000       0.0.0.0:*          \n' +
        'LISTEN 0      4096            [::]:10250         [::]:*          \n' +
        'LISTEN 0      128             [::]:22            [::]:*          \n',
    );
    expect((await s.run('ss -lntp')).stdout).toBe(
      'State  Recv-Q Send-Q Local Address:Port  Peer Address:PortProcess                            \n' +
        'LISTEN 0      4096       127.0.0.1:36339      0.0.0.0:*    users:(("python3",pid=15538,fd=3))\n' +
        'LISTEN 0      128          0.0.0.0:22         0.0.0.0:*    users:(("python3",pid=15538,fd=4))\n' +
        'LISTEN 0      4096       127.0.0.1:10248      0.0.0.0:*    users:(("python3",pid=15538,fd=6))\n' +
        'LISTEN 0      4096         0.0.0.0:5000       0.0.0.0:*    users:(("python3",pid=15538,fd=8))\n' +
        'LISTEN 0      4096            [::]:10250         [::]:*    users:(("python3",pid=15538,fd=7))\n' +
        'LISTEN 0      128             [::]:22            [::]:*    users:(("python3",pid=15538,fd=5))\n',
    );
  });
});
