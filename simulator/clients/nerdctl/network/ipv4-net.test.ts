// pkg/netutil/subnet@v0.22.2 arithmetic: the subnet GetFreeSubnet picks meets no used network,
// is a block of the start's size on its own boundary, and is the first such block.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cidrString, contains, firstIp, formatIpv4, freeSubnet, intersectsAny, type Ipv4Net, lastIp, parseCidr, parseIpv4 } from './ipv4-net';

const net = (text: string): Ipv4Net => {
  const parsed = parseCidr(text);
  if (!parsed) throw new Error(`bad cidr ${text}`);
  return parsed.net;
};

const usedNet = fc.record({ ip: fc.integer({ min: 0, max: 0xffffffff }), prefix: fc.integer({ min: 8, max: 30 }) }).map(
  ({ ip, prefix }): Ipv4Net => net(`${formatIpv4(ip)}/${prefix}`),
);

describe('ipv4 subnets', () => {
  it('parses and prints as net.ParseCIDR and IPNet.String do', () => {
    expect(cidrString(net('10.4.1.5/24'))).toBe('10.4.1.0/24');
    expect(parseIpv4('256.1.1.1')).toBeUndefined();
    expect(parseCidr('10.0.0.0/33')).toBeUndefined();
    expect(formatIpv4(firstIp(net('10.4.0.0/24')))).toBe('10.4.0.1');
    expect(formatIpv4(lastIp(net('10.4.0.0/24')))).toBe('10.4.0.255');
  });

  it('the free /24 after 10.4.0.0/24 meets none of the used networks and is the first such', () => {
    fc.assert(
      fc.property(fc.array(usedNet, { maxLength: 12 }), (used) => {
        const start = net('10.4.0.0/24');
        const free = freeSubnet(start, used);
        if (!free) return;
        expect(free.prefix).toBe(24);
        expect(free.ip % 256).toBe(0);
        expect(intersectsAny(free, used)).toBe(false);
        for (let ip = start.ip; ip < free.ip; ip += 256) expect(intersectsAny({ ip, prefix: 24 }, used)).toBe(true);
        expect(contains(free, firstIp(free))).toBe(true);
      }),
    );
  });
});
