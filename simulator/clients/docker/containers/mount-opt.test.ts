// --mount, --dns, --dns-search and --add-host values as docker/cli 20.10.24 checks them while
// parsing (refusals recorded from a real client, oracle 38-learner-fresh-d.sh).

import { describe, expect, it } from 'vitest';
import { parseMountOpt } from './mount-opt';
import { checkDnsSearch, checkExtraHost, checkIpAddress } from './network-opts';

describe('parseMountOpt', () => {
  it('reads the fields into mount.Mount, volume by default, omitting what is empty', () => {
    expect(parseMountOpt('type=tmpfs,target=/t,tmpfs-size=1m,tmpfs-mode=700')).toEqual({ mount: { Type: 'tmpfs', Target: '/t', TmpfsOptions: { SizeBytes: 1048576, Mode: 0o700 } } });
    expect(parseMountOpt('src=v,dst=/d,ro')).toEqual({ mount: { Type: 'volume', Source: 'v', Target: '/d', ReadOnly: true } });
    expect(parseMountOpt('type=volume,target=/d,volume-opt=foo=bar,volume-nocopy')).toEqual({
      mount: { Type: 'volume', Target: '/d', VolumeOptions: { NoCopy: true, DriverConfig: { Options: { foo: 'bar' } } } },
    });
  });

  it('refuses as MountOpt.Set words it', () => {
    expect(parseMountOpt('foo')).toEqual({ error: "invalid field 'foo' must be a key=value pair" });
    expect(parseMountOpt('type=volume,target=/d,bogus=1')).toEqual({ error: "unexpected key 'bogus' in 'bogus=1'" });
    expect(parseMountOpt('type=bind,src=/tmp,dst=/a,readonly=maybe')).toEqual({ error: 'invalid value for readonly: maybe' });
    expect(parseMountOpt('type=tmpfs,target=/t,tmpfs-size=bogus')).toEqual({ error: 'invalid value for tmpfs-size: bogus' });
    expect(parseMountOpt('type=tmpfs')).toEqual({ error: 'target is required' });
    expect(parseMountOpt('type=bind,target=/t,tmpfs-mode=700')).toEqual({ error: "cannot mix 'tmpfs-*' options with mount type 'bind'" });
  });
});

describe('the network flags’ checks', () => {
  it('--dns takes an IP, --dns-search a domain, --add-host host:ip or host-gateway', () => {
    expect(checkIpAddress('10.9.9.9')).toBeUndefined();
    expect(checkIpAddress('::1')).toBeUndefined();
    expect(checkIpAddress('bogus')).toBe('bogus is not an ip address');
    expect(checkDnsSearch('ex.local')).toBeUndefined();
    expect(checkDnsSearch('-bad')).toBe('-bad is not a valid domain');
    expect(checkExtraHost('h:1.2.3.4')).toBeUndefined();
    expect(checkExtraHost('h:host-gateway')).toBeUndefined();
    expect(checkExtraHost('bad')).toBe('bad format for add-host: "bad"');
    expect(checkExtraHost('h:bogus')).toBe('invalid IP address in add-host: "bogus"');
  });
});
