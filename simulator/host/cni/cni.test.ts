import { describe, expect, it } from 'vitest';
import { binaryToText, readdir, readFile, rm } from '../vfs';
import { HOST_NETNS, networkOf } from '../network/index';
import { cniAdd, cniCheck, cniDel, CniError, hostLocalAllocations, resultJson } from './index';
import { cniNode, NERDCTL_CONFLIST } from './test-support';

const request = (id: string, pid: number) => ({ conflist: NERDCTL_CONFLIST, containerId: id, netnsPath: `/proc/${pid}/ns/net`, ifName: 'eth0' });

describe('cniAdd with nerdctl 0.22 default network', () => {
  it('returns the bridge plugin result in 0.4.0 form (checked against plugins v1.1.1 on a real node)', () => {
    const node = cniNode();
    const result = resultJson(cniAdd(node, request('c1', 4242)), '0.4.0') as { interfaces: Array<{ name: string; mac: string; sandbox?: string }> };
    expect(result).toMatchObject({
      cniVersion: '0.4.0',
      ips: [{ version: '4', interface: 2, address: '10.4.0.2/24', gateway: '10.4.0.1' }],
      routes: [{ dst: '0.0.0.0/0' }],
      dns: {},
    });
    expect(result.interfaces.map((i) => i.name)).toEqual(['nerdctl0', expect.stringMatching(/^veth[0-9a-f]{8}$/), 'eth0']);
    expect(result.interfaces[2]?.sandbox).toBe('/proc/4242/ns/net');
    expect(Object.keys(result)).toEqual(['cniVersion', 'interfaces', 'ips', 'routes', 'dns']);
  });

  it('writes host-local state files as the real plugin does', () => {
    const node = cniNode();
    cniAdd(node, request('c1', 4242));
    const files = node.state.host.files;
    expect(readdir(files, '/var/lib/cni/networks/bridge')).toEqual(['10.4.0.2', 'last_reserved_ip.0', 'lock']);
    expect(binaryToText(readFile(files, '/var/lib/cni/networks/bridge/10.4.0.2'))).toBe('c1\r\neth0');
    expect(readFile(files, '/var/lib/cni/networks/bridge/last_reserved_ip.0')).toBe('10.4.0.2');
    expect(readdir(files, '/var/lib/cni/results')).toEqual(['bridge-c1-eth0']);
  });

  it('creates nerdctl0 with the gateway, a veth port and the container eth0 with its default route', () => {
    const node = cniNode();
    cniAdd(node, request('c1', 4242));
    const net = networkOf(node.state.host);
    const host = net.namespaces[HOST_NETNS];
    const bridge = host?.links.find((l) => l.name === 'nerdctl0');
    expect(bridge).toMatchObject({ kind: 'bridge', up: true, addrs: [{ ip: '10.4.0.1', prefix: 24 }] });
    const port = host?.links.find((l) => l.master === 'nerdctl0');
    expect(port).toMatchObject({ kind: 'veth', hairpin: true });
    const inner = net.namespaces['/proc/4242/ns/net'];
    expect(inner?.links.map((l) => l.name)).toEqual(['lo', 'eth0']);
    expect(inner?.routes).toEqual([{ dst: 'default', dev: 'eth0', via: '10.4.0.1' }]);
  });

  it('hands out the next address after the last reserved one, even after a DEL (round-robin)', () => {
    const node = cniNode();
    cniAdd(node, request('c1', 100));
    cniDel(node, request('c1', 100));
    const second = cniAdd(node, request('c2', 101));
    expect(second.ips?.[0]?.address).toBe('10.4.0.3/24');
  });

  it('refuses a second eth0 in the same namespace with the bridge plugin words', () => {
    const node = cniNode();
    cniAdd(node, request('c1', 100));
    expect(() => cniAdd(node, { ...request('c2', 100) })).toThrow(
      'plugin type="bridge" name="bridge" failed (add): container veth name provided (eth0) already exists',
    );
  });

  it('says when the range set is exhausted', () => {
    const node = cniNode();
    const small = { ...NERDCTL_CONFLIST, plugins: [{ ...NERDCTL_CONFLIST.plugins[0], ipam: { type: 'host-local', ranges: [[{ subnet: '10.9.0.0/30' }]] } }] };
    cniAdd(node, { ...request('a', 1), conflist: small, netnsPath: '/proc/11/ns/net' });
    expect(() => cniAdd(node, { ...request('b', 1), conflist: small, netnsPath: '/proc/12/ns/net' })).toThrow(
      'plugin type="bridge" name="bridge" failed (add): failed to allocate for range 0: no IP addresses available in range set: 10.9.0.1-10.9.0.2',
    );
  });

  it('records port mappings from the portMappings capability and DEL drops them', () => {
    const node = cniNode();
    cniAdd(node, { ...request('c1', 100), capabilityArgs: { portMappings: [{ hostPort: 8080, containerPort: 80, protocol: 'tcp', hostIP: '' }] } });
    expect(networkOf(node.state.host).portMappings).toEqual([
      { network: 'bridge', containerId: 'c1', hostIP: '', hostPort: 8080, protocol: 'tcp', containerIP: '10.4.0.2', containerPort: 80 },
    ]);
    cniDel(node, request('c1', 100));
    expect(networkOf(node.state.host).portMappings).toEqual([]);
    expect(hostLocalAllocations(node.state.host.files, 'bridge')).toEqual([]);
    expect(readdir(node.state.host.files, '/var/lib/cni/results')).toEqual([]);
  });

  it('fails like libcni when a plugin binary is missing', () => {
    const node = cniNode();
    rm(node.state.host.files, '/opt/cni/bin/firewall');
    expect(() => cniAdd(node, request('c1', 100))).toThrow('plugin type="firewall" name="bridge" failed (add): failed to find plugin "firewall" in path [/opt/cni/bin]');
  });

  it('CHECK passes after ADD and fails once the interface is gone', () => {
    const node = cniNode();
    cniAdd(node, request('c1', 100));
    expect(() => cniCheck(node, request('c1', 100))).not.toThrow();
    cniDel(node, request('c1', 100));
    expect(() => cniCheck(node, request('c1', 100))).toThrow(CniError);
  });

  it('parses conflist errors as libcni words them', () => {
    const node = cniNode();
    expect(() => cniAdd(node, { ...request('c1', 100), conflist: '{"cniVersion":"1.0.0","plugins":[]}' })).toThrow('error parsing configuration list: no name');
    expect(() => cniAdd(node, { ...request('c1', 100), conflist: '{"name":"x"}' })).toThrow("error parsing configuration list: no 'plugins' key");
  });
});
