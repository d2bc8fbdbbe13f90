// busybox ip through each tool's containers on one node: ctr's own namespace (lo only, IPv6 on),
// nerdctl's CNI bridge, docker's bridge and a container sharing its namespace. The docker forms
// are compared with a real dockerd in tests/oracle/docker/scripts/13-network-volume.sh.

import { describe, expect, it } from 'vitest';
import { createSession } from '../../shell/session';

describe('busybox ip in containers of every tool', () => {
  it('sees the namespace each tool gave the container', async () => {
    const s = createSession({ seed: 5, now: () => Date.UTC(2026, 11, 5, 1, 0, 0) });
    const run = async (line: string) => (await s.run(line)).stdout;
    await s.run('ctr i pull docker.io/library/busybox:1.37');
    expect(await run('ctr run --rm docker.io/library/busybox:1.37 c1 ip a')).toBe(
      '1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue qlen 1000\n    link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00\n    inet 127.0.0.1/8 scope host lo\n       valid_lft forever preferred_lft forever\n    inet6 ::1/128 scope host \n       valid_lft forever preferred_lft forever\n',
    );
    expect(await run('ctr run --rm --net-host docker.io/library/busybox:1.37 c2 ip -4 a show eth0')).toContain('    inet 192.168.56.10/24 brd 192.168.56.255 scope global eth0\n');

    await s.run('nerdctl run -d --name n1 busybox:1.37 sleep 1000');
    expect(await run('nerdctl exec n1 ip r')).toBe('default via 10.4.0.1 dev eth0 \n10.4.0.0/24 dev eth0 scope link  src 10.4.0.2 \n');
    expect(await run('nerdctl exec n1 ip -4 a show eth0')).toMatch(/^2: eth0@if\d+: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue \n    inet 10\.4\.0\.2\/24 brd 10\.4\.0\.255 scope global eth0\n/);

    await s.run('docker run -d --name d1 busybox:1.37 sleep 1000');
    const eth0 = await run('docker exec d1 ip -4 a show eth0');
    expect(eth0).toMatch(/^2: eth0@if\d+: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue \n    inet 172\.17\.0\.2\/16 brd 172\.17\.255\.255 scope global eth0\n/);
    expect(await run('docker run --rm --network container:d1 busybox:1.37 ip -4 a show eth0')).toBe(eth0);
    expect(await run('docker run --rm --network none busybox:1.37 ip a')).toBe(
      '1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue qlen 1000\n    link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00\n    inet 127.0.0.1/8 scope host lo\n       valid_lft forever preferred_lft forever\n',
    );
  });
});
