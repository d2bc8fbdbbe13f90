import { describe, expect, it } from 'vitest';
import { broadcastOf, intToIp, ipToInt, linkLocalOf, parseCidr } from './ip-address';

describe('addresses', () => {
  it('derives the IPv6 link-local address ip addr shows from a MAC (recorded from the real bridge plugin)', () => {
    expect(linkLocalOf('2a:38:0a:8e:d8:38')).toBe('fe80::2838:aff:fe8e:d838');
    expect(linkLocalOf('0e:8a:96:19:59:24')).toBe('fe80::c8a:96ff:fe19:5924');
    expect(linkLocalOf('46:3a:5a:18:b1:79')).toBe('fe80::443a:5aff:fe18:b179');
  });

  it('parses CIDRs, clears host bits and computes the broadcast', () => {
    const c = parseCidr('10.4.0.7/24');
    expect(c && intToIp(c.network)).toBe('10.4.0.0');
    expect(c && intToIp(broadcastOf(c))).toBe('10.4.0.255');
    expect(parseCidr('10.4.0.0/33')).toBeUndefined();
    expect(Number.isNaN(ipToInt('10.4.0.256'))).toBe(true);
  });
});
