import { describe, expect, it } from 'vitest';
import { emptyNetns } from '../host/network/network-state';
import { followLinks } from './program';
import { withSysClassNet } from './sysfs-net';
import { testFs } from './test-support';

const netns = emptyNetns();
netns.links.push({ index: 2, name: 'eth0', kind: 'veth', mac: '02:42:ac:11:00:99', mtu: 1500, up: true, addrs: [{ ip: '172.17.0.2', prefix: 16 }], peer: { netns: '/proc/1/ns/net', index: 5 } });
const network = () => ({ net: { namespaces: { '/run/netns/c': netns }, portMappings: [] }, netns: '/run/netns/c', netAdmin: false });
const dir = { kind: 'dir', mode: 0o755 } as const;
const sysfs = { ...testFs({ '/sys': dir, '/sys/class': dir, '/sys/devices': dir }), mountOf: (path: string) => (path.startsWith('/sys') ? { destination: '/sys', type: 'sysfs', source: 'sysfs', options: [] } : undefined) };

const read = (path: string) => {
  const found = followLinks(withSysClassNet(sysfs, network), path);
  return found?.file.kind === 'file' ? found.file.content : undefined;
};

describe('/sys/class/net of the process network namespace', () => {
  it('links each interface to its device directory and reads its attributes there', () => {
    const fs = withSysClassNet(sysfs, network);
    expect(fs.list('/sys/class/net')).toEqual(['eth0', 'lo']);
    expect(fs.lookup('/sys/class/net/eth0')).toMatchObject({ kind: 'symlink', content: '../../devices/virtual/net/eth0' });
    expect(read('/sys/class/net/eth0/address')).toBe('02:42:ac:11:00:99\n');
    expect(read('/sys/class/net/eth0/mtu')).toBe('1500\n');
    expect(read('/sys/class/net/eth0/iflink')).toBe('5\n');
    expect(read('/sys/class/net/lo/operstate')).toBe('down\n');
    expect(read('/sys/class/net/lo/type')).toBe('772\n');
    expect(read('/sys/class/net/eth1/address')).toBeUndefined();
  });

  it('leaves a container without a sysfs /sys as it is', () => {
    expect(withSysClassNet(testFs(), network).lookup('/sys/class/net')).toBeUndefined();
  });
});
