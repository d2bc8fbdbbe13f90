// host-local with CNI_ARGS IP (nerdctl run --ip): the transcript below is the real plugin
// (containernetworking-plugins 1.1.1, /usr/lib/cni/host-local on this machine) given nerdctl's
// default range 10.4.0.0/24 gw 10.4.0.1, one ADD per container id in this order:
//   c1 IP=10.4.0.50   → 10.4.0.50/24
//   c2 IP=10.4.0.50   → failed to allocate for range 0: requested IP address 10.4.0.50 is not available in range set 10.4.0.1-10.4.0.254
//   c3 IP=192.168.1.5 → failed to allocate all requested IPs: 192.168.1.5
//   c4 IP=10.4.0.1    → failed to allocate for range 0: requested ip 10.4.0.1 is subnet's gateway
//   c5 IP=foo         → ARGS: error parsing value of pair "IP=foo": invalid IP address foo
//   c6 IP=10.4.0.0    → failed to allocate all requested IPs: 10.4.0.0
//   c7 IP=10.4.0.255  → failed to allocate all requested IPs: 10.4.0.255
//   c8 (no IP)        → 10.4.0.54/24 (c3, c6 and c7 each took and released .51, .52, .53)
// Without IgnoreUnknown=1 an unknown key is refused.
import { describe, expect, it } from 'vitest';
import { readFile, binaryToText } from '../vfs';
import { hostLocalAdd } from './host-local';

const IPAM = { type: 'host-local', routes: [{ dst: '0.0.0.0/0' }], ranges: [[{ subnet: '10.4.0.0/24', gateway: '10.4.0.1' }]] };
const add = (files: Record<string, never>, id: string, ip?: string) =>
  hostLocalAdd(files as never, IPAM, 'bridge', id, 'eth0', 0, ip === undefined ? {} : { IgnoreUnknown: '1', IP: ip });

function attempt(files: Record<string, never>, id: string, ip?: string): string {
  try {
    return add(files, id, ip).ips[0]?.address ?? '';
  } catch (err) {
    return (err as Error).message;
  }
}

describe('host-local with a requested IP', () => {
  it('answers as the real plugin does, in the same order', () => {
    const files = {} as Record<string, never>;
    expect(
      [
        ['c1', '10.4.0.50'],
        ['c2', '10.4.0.50'],
        ['c3', '192.168.1.5'],
        ['c4', '10.4.0.1'],
        ['c5', 'foo'],
        ['c6', '10.4.0.0'],
        ['c7', '10.4.0.255'],
        ['c8', undefined],
      ].map(([id, ip]) => attempt(files, id as string, ip)),
    ).toEqual([
      '10.4.0.50/24',
      'failed to allocate for range 0: requested IP address 10.4.0.50 is not available in range set 10.4.0.1-10.4.0.254',
      'failed to allocate all requested IPs: 192.168.1.5',
      "failed to allocate for range 0: requested ip 10.4.0.1 is subnet's gateway",
      'ARGS: error parsing value of pair "IP=foo": invalid IP address foo',
      'failed to allocate all requested IPs: 10.4.0.0',
      'failed to allocate all requested IPs: 10.4.0.255',
      '10.4.0.54/24',
    ]);
    expect(binaryToText(readFile(files as never, '/var/lib/cni/networks/bridge/last_reserved_ip.0'))).toBe('10.4.0.54');
  });

  it('refuses an unknown key unless IgnoreUnknown is true', () => {
    const files = {} as Record<string, never>;
    expect(() => hostLocalAdd(files as never, IPAM, 'bridge', 'x1', 'eth0', 0, { K8S_POD_NAME: 'p' })).toThrow('ARGS: unknown args ["K8S_POD_NAME"]');
    expect(hostLocalAdd(files as never, IPAM, 'bridge', 'x2', 'eth0', 0, { IgnoreUnknown: 'true', K8S_POD_NAME: 'p' }).ips[0]?.address).toBe('10.4.0.2/24');
  });
});
