// busybox ip over namespaces built by hand. The texts are those the real Debian busybox 1.35
// printed: in docker containers (tests/oracle/docker/scripts/13-network-volume.sh runs them
// against a real dockerd) and, for a namespace with IPv6, a bridge with promiscuous mode on and a
// veth's host end, in namespaces made with unshare -n, ip link add and nsenter on the machine.

import { describe, expect, it } from 'vitest';
import { addLink, upLoopback } from '../../host/network/links';
import { emptyNetns, HOST_NETNS, type NetnsRecord, type NetworkState } from '../../host/network/network-state';
import { testCtx } from '../test-support';
import type { ProcessNetwork } from '../program';
import { ipneighProgram, ipProgram } from './ip';

const BOX = '/var/run/docker/netns/0123456789ab';

/** The node's namespace with docker0 and a veth port whose peer is eth0 (ifindex 2) of `netns`. */
function network(netns: string, container: NetnsRecord): NetworkState {
  const host = emptyNetns();
  upLoopback(host);
  addLink(host, { name: 'eth0', kind: 'ether', mac: '52:54:00:6b:3c:58', mtu: 1500, up: true, addrs: [{ ip: '192.168.56.10', prefix: 24 }] });
  addLink(host, { name: 'docker0', kind: 'bridge', mac: '02:42:8e:1a:00:01', mtu: 1500, up: true, addrs: [{ ip: '172.17.0.1', prefix: 16 }], promisc: true });
  const port = addLink(host, { name: 'veth1a2b3c4', kind: 'veth', mac: '6e:59:31:60:86:b8', mtu: 1500, up: true, addrs: [], master: 'docker0', peer: { netns, index: 2 } });
  const eth0 = container.links.find((l) => l.name === 'eth0');
  if (eth0) eth0.peer = { netns: HOST_NETNS, index: port.index };
  host.routes.push({ dst: 'default', via: '192.168.56.1', dev: 'eth0' });
  return { namespaces: { [HOST_NETNS]: host, [netns]: container }, portMappings: [] };
}

function dockerBox(): NetnsRecord {
  const ns = emptyNetns();
  upLoopback(ns);
  ns.ipv6Disabled = true;
  addLink(ns, { name: 'eth0', kind: 'veth', mac: '02:42:ac:11:00:02', mtu: 1500, up: true, addrs: [{ ip: '172.17.0.2', prefix: 16 }] });
  ns.routes.push({ dst: 'default', via: '172.17.0.1', dev: 'eth0' });
  return ns;
}

/** ip ARGS in the container namespace `ns` at `netns` (or, with `over.netns`, another one of the same node). */
function ip(args: string[], netns = BOX, ns = dockerBox(), over: Partial<ProcessNetwork> = {}) {
  const net = network(netns, ns);
  const run = ipProgram.run(testCtx(['ip', ...args], { network: () => ({ net, netns, netAdmin: false, ...over }) }));
  const text = (stream: 'stdout' | 'stderr') => run.out.filter((c) => c.stream === stream).map((c) => c.text).join('');
  return { stdout: text('stdout'), stderr: text('stderr'), code: run.exit?.code };
}

const LO = '1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue qlen 1000\n    link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00\n    inet 127.0.0.1/8 scope host lo\n       valid_lft forever preferred_lft forever\n';
const ETH0 = '2: eth0@if4: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue \n    link/ether 02:42:ac:11:00:02 brd ff:ff:ff:ff:ff:ff\n    inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0\n       valid_lft forever preferred_lft forever\n';

describe('busybox ip in a docker container', () => {
  it('lists lo and eth0, its peer an ifindex of another namespace (M-DOWN), no IPv6', () => {
    expect(ip(['a'])).toEqual({ stdout: LO + ETH0, stderr: '', code: 0 });
    expect(ip(['-6', 'addr']).stdout).toBe('');
    expect(ip(['-4', 'addr', 'show', 'eth0']).stdout).toBe(
      '2: eth0@if4: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue \n    inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0\n       valid_lft forever preferred_lft forever\n',
    );
    expect(ip(['link', 'show', 'dev', 'eth0']).stdout).toBe('2: eth0@if4: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue \n    link/ether 02:42:ac:11:00:02 brd ff:ff:ff:ff:ff:ff\n');
  });
  it('filters by label with fnmatch globs: *, [..] and [!..] (busybox ip on this machine gave the same picks)', () => {
    const lo = '1: lo    inet 127.0.0.1/8 scope host lo\\       valid_lft forever preferred_lft forever\n';
    const eth0 = '2: eth0    inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0\\       valid_lft forever preferred_lft forever\n';
    expect(ip(['-o', '-4', 'addr', 'show', 'label', 'e*']).stdout).toBe(eth0);
    expect(ip(['-o', '-4', 'addr', 'show', 'label', '[!e]*']).stdout).toBe(lo);
    expect(ip(['-o', '-4', 'addr', 'show', 'label', 'l[o]']).stdout).toBe(lo);
    expect(ip(['-o', '-4', 'addr', 'show', 'label', 'eth?']).stdout).toBe(eth0);
  });
  it('folds entries onto one line with -o, addresses only for ip -o addr', () => {
    expect(ip(['-o', '-4', 'a']).stdout).toBe(
      '1: lo    inet 127.0.0.1/8 scope host lo\\       valid_lft forever preferred_lft forever\n2: eth0    inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0\\       valid_lft forever preferred_lft forever\n',
    );
    expect(ip(['-o', 'link']).stdout.split('\n')[0]).toBe('1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue qlen 1000\\    link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00');
  });
  it('prints the routes of both tables and answers route get', () => {
    expect(ip(['r']).stdout).toBe('default via 172.17.0.1 dev eth0 \n172.17.0.0/16 dev eth0 scope link  src 172.17.0.2 \n');
    expect(ip(['route', 'list', 'table', 'local']).stdout).toBe(
      'local 127.0.0.0/8 dev lo scope host  src 127.0.0.1 \nlocal 127.0.0.1 dev lo scope host  src 127.0.0.1 \nbroadcast 127.255.255.255 dev lo scope link  src 127.0.0.1 \nlocal 172.17.0.2 dev eth0 scope host  src 172.17.0.2 \nbroadcast 172.17.255.255 dev eth0 scope link  src 172.17.0.2 \n',
    );
    expect(ip(['-4', 'route', 'show', 'default']).stdout).toBe('default via 172.17.0.1 dev eth0 \n');
    expect(ip(['route', 'get', '1.1.1.1']).stdout).toBe('1.1.1.1 via 172.17.0.1 dev eth0  src 172.17.0.2 \n');
    expect(ip(['route', 'get', '172.17.0.9']).stdout).toBe('172.17.0.9 dev eth0  src 172.17.0.2 \n');
    expect(ip(['route', 'get', '127.0.0.1']).stdout).toBe('local 127.0.0.1 dev lo  src 127.0.0.1 \n');
    expect(ip(['route', 'get'])).toEqual({ stdout: '', stderr: 'ip: need at least destination address\n', code: 1 });
    expect(ip(['rule']).stdout).toBe('0:\tfrom all lookup local \n32766:\tfrom all lookup main \n32767:\tfrom all lookup default \n');
  });
  it("fails with busybox's words and exit codes", () => {
    expect(ip(['addr', 'show', 'nosuch'])).toEqual({ stdout: '', stderr: "ip: can't find device 'nosuch'\n", code: 1 });
    expect(ip(['link', 'show', 'nosuch']).code).toBe(2);
    expect(ip(['addr', 'show', 'eth0', 'lo']).stderr).toBe('ip: either "dev" is duplicate, or "lo" is garbage\n');
    expect(ip(['addr', 'l']).stderr).toBe("ip: invalid argument 'l' to 'ip'\n");
    expect(ip(['addr', 'add', '1.2.3.4/24', 'dev', 'eth0'])).toEqual({ stdout: '', stderr: 'ip: RTNETLINK answers: Operation not permitted\n', code: 2 });
    expect(ip(['link', 'set', 'eth0', 'down'])).toEqual({ stdout: '', stderr: 'ip: SIOCSIFFLAGS: Operation not permitted\n', code: 2 });
    expect(ip(['route', 'flush'])).toEqual({ stdout: '', stderr: 'ip: "ip route flush" requires an argument\n', code: 1 });
    expect(ip(['-f', 'foo', 'a']).stderr).toBe("ip: invalid argument 'foo' to 'family'\n");
    for (const args of [[], ['tu'], ['-s', 'link'], ['maddr']]) {
      const r = ip(args);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.stderr).toMatch(/^BusyBox v1\.35\.0 .*\n\nUsage: ip \[OPTIONS\] address\|route\|link\|tunnel\|neigh\|rule \[ARGS\]\n/);
    }
    expect(ip(['--help']).code).toBe(0);
  });
  it('says a change is not simulated where the process could make it (CAP_NET_ADMIN)', () => {
    expect(ip(['addr', 'add', '1.2.3.4/24', 'dev', 'eth0'], BOX, dockerBox(), { netAdmin: true })).toEqual({
      stdout: '',
      stderr: 'ip: ip addr: changing addresses is not simulated here\n',
      code: 1,
    });
  });
});

describe('busybox ip elsewhere', () => {
  it('shows IPv6 where the namespace has it, and -6 links without a qdisc', () => {
    const ns = dockerBox();
    delete ns.ipv6Disabled;
    const out = ip(['a'], '/proc/42/ns/net', ns).stdout;
    expect(out).toContain('    inet6 ::1/128 scope host \n       valid_lft forever preferred_lft forever\n');
    expect(out).toContain('    inet6 fe80::42:acff:fe11:2/64 scope link \n');
    expect(ip(['-6', 'a'], '/proc/42/ns/net', ns).stdout.split('\n')[0]).toBe('1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qlen 1000');
  });
  it("reads the node's own namespace with --net host: a promiscuous bridge's flag in hex, a veth named after the local link its peer index finds", () => {
    const out = ip(['link'], BOX, dockerBox(), { netns: HOST_NETNS }).stdout;
    expect(out).toContain('3: docker0: <BROADCAST,MULTICAST,UP,LOWER_UP100> mtu 1500 qdisc noqueue qlen 1000\n');
    expect(out).toContain('4: veth1a2b3c4@eth0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master docker0 \n');
    expect(out).toContain('2: eth0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc fq_codel qlen 1000\n');
  });
  it('sees lo alone where no network is known, and ipneigh is ip neigh', () => {
    const run = ipProgram.run(testCtx(['ip', '-4', 'a']));
    expect(run.out.map((c) => c.text).join('')).toBe('1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue qlen 1000\n    inet 127.0.0.1/8 scope host lo\n       valid_lft forever preferred_lft forever\n');
    expect(ipneighProgram.run(testCtx(['ipneigh', 'flush', 'dev', 'eth0'])).out).toEqual([{ stream: 'stdout', text: 'Nothing to flush\n' }]);
  });
});
