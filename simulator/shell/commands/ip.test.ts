// ip of iproute2 6.1: the node's boot network, then nerdctl0 and a veth once a container is on
// the bridge (layout as recorded with the real bridge plugin in a private namespace).

import { describe, expect, it } from 'vitest';
import { createSession } from '../session';
import { runOnBridge, sessionWithImages, NOW } from '../../host/network/test-support';

const LO =
  '1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN group default qlen 1000\n    link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00\n' +
  '    inet 127.0.0.1/8 scope host lo\n       valid_lft forever preferred_lft forever\n    inet6 ::1/128 scope host \n       valid_lft forever preferred_lft forever\n';
const ETH0 =
  '2: eth0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc fq_codel state UP group default qlen 1000\n    link/ether 52:54:00:6b:3c:58 brd ff:ff:ff:ff:ff:ff\n' +
  '    inet 192.168.56.10/24 brd 192.168.56.255 scope global eth0\n       valid_lft forever preferred_lft forever\n    inet6 fe80::5054:ff:fe6b:3c58/64 scope link \n       valid_lft forever preferred_lft forever\n';

describe('ip on the node', () => {
  it('shows lo and eth0 on a fresh node, in every spelling of address', async () => {
    const s = createSession({ seed: 1, now: () => NOW });
    for (const line of ['ip addr', 'ip a', 'ip address show', 'ip addr list']) expect((await s.run(line)).stdout).toBe(LO + ETH0);
    expect((await s.run('ip a show eth0')).stdout).toBe(ETH0);
    expect((await s.run('ip -4 a show dev eth0')).stdout).toBe('2: eth0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc fq_codel state UP group default qlen 1000\n    inet 192.168.56.10/24 brd 192.168.56.255 scope global eth0\n       valid_lft forever preferred_lft forever\n');
    expect((await s.run('ip route')).stdout).toBe('default via 192.168.56.1 dev eth0 \n192.168.56.0/24 dev eth0 proto kernel scope link src 192.168.56.10 \n');
    expect((await s.run('ip link show lo')).stdout).toBe('1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN mode DEFAULT group default qlen 1000\n    link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00\n');
  });

  it('shows nerdctl0 only once created, with its gateway, and the container’s veth as its port', async () => {
    const s = await sessionWithImages();
    expect((await s.run('ip a show nerdctl0')).stderr).toBe('Device "nerdctl0" does not exist.\n');
    await runOnBridge(s, 'ctr run -d docker.io/library/nginx:alpine web', 'web');
    const bridge = (await s.run('ip a show nerdctl0')).stdout;
    expect(bridge).toMatch(/^3: nerdctl0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000\n    link\/ether ([0-9a-f]{2}:){5}[0-9a-f]{2} brd ff:ff:ff:ff:ff:ff\n    inet 10\.4\.0\.1\/24 brd 10\.4\.0\.255 scope global nerdctl0\n       valid_lft forever preferred_lft forever\n    inet6 fe80::[0-9a-f:]+\/64 scope link \n       valid_lft forever preferred_lft forever\n$/);
    const link = (await s.run('ip link')).stdout.split('\n').slice(6).join('\n');
    expect(link).toMatch(/^4: veth[0-9a-f]{8}@if2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master nerdctl0 state UP mode DEFAULT group default \n    link\/ether \S+ brd ff:ff:ff:ff:ff:ff link-netnsid 0\n$/);
    expect((await s.run('ip route')).stdout).toBe('default via 192.168.56.1 dev eth0 \n10.4.0.0/24 dev nerdctl0 proto kernel scope link src 10.4.0.1 \n192.168.56.0/24 dev eth0 proto kernel scope link src 192.168.56.10 \n');
  });

  it('words errors as ip does', async () => {
    const s = createSession({ seed: 1, now: () => NOW });
    expect(await s.run('ip a show foo')).toMatchObject({ stderr: 'Device "foo" does not exist.\n', exitCode: 1 });
    expect(await s.run('ip foo')).toMatchObject({ stderr: 'Object "foo" is unknown, try "ip help".\n', exitCode: 1 });
    expect(await s.run('ip addr foo')).toMatchObject({ stderr: 'Command "foo" is unknown, try "ip address help".\n', exitCode: 255 });
    expect(await s.run('ip addr add 10.0.0.1/24 dev eth0')).toMatchObject({ stderr: 'ip address add: not simulated here; see ip-address(8)\n', exitCode: 1 });
    expect((await s.run('ip -V')).stdout).toBe('ip utility, iproute2-6.1.0, libbpf 1.1.2\n');
  });
});
