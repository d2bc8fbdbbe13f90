// -p as the docker 20.10.24 CLI parses it. The refusals below were recorded from Debian's
// docker.io 20.10.24 client (`docker run -p SPEC busybox true`, no daemon needed: the CLI
// refuses before it dials); the accepted forms got as far as dialing the daemon.
import { describe, expect, it } from 'vitest';
import { parsePortRange, parsePortSpecs, splitProtoPort } from './nat-port-spec';

const refused: Array<[string, string]> = [
  ['70000:80', 'Invalid hostPort: 70000'],
  ['80:99999', 'Invalid containerPort: 99999'],
  ['abc', 'Invalid containerPort: abc'],
  ['8080-8081:80-83', 'Invalid ranges specified for container and host Ports: 80-83 and 8080-8081'],
  ['1.2.3:80:80', 'Invalid ip address: 1.2.3'],
  ['[::1:80:80', "Invalid ip address [::1: address [::1:: missing ']' in address"],
  ['::1:80:80', 'Invalid ip address ::1: address ::1:: too many colons in address'],
  ['80/bogus', 'Invalid proto: bogus'],
  ['80:', 'No port specified: 80:<empty>'],
  ['8000-7000:80', 'Invalid hostPort: 8000-7000'],
  ['published=x,target=80', 'Invalid hostPort: x'],
  ['-1:80', 'Invalid hostPort: -1'],
];

const accepted = ['8080-8081:80-81', '8080-8090:80', '[::1]:80:80', '80/UDP', ':80', '127.0.0.1::80', 'published=8080,target=80', '08080:80'];

describe('parsePortSpecs (nat.ParsePortSpecs as docker 20.10.24 runs it)', () => {
  it.each(refused)('refuses -p %s with nat\'s words', (spec, message) => {
    expect(() => parsePortSpecs([spec])).toThrow(message);
  });

  it.each(accepted)('accepts -p %s', (spec) => {
    expect(() => parsePortSpecs([spec])).not.toThrow();
  });

  it('expands ranges pairwise and keeps a host range for a single container port', () => {
    expect(parsePortSpecs(['8080-8081:80-81']).bindings).toEqual({
      '80/tcp': [{ HostIp: '', HostPort: '8080' }],
      '81/tcp': [{ HostIp: '', HostPort: '8081' }],
    });
    expect(parsePortSpecs(['8080-8090:80']).bindings).toEqual({ '80/tcp': [{ HostIp: '', HostPort: '8080-8090' }] });
  });

  it('lower-cases the protocol, strips IPv6 brackets and reads the long form', () => {
    expect(parsePortSpecs(['[::1]:53:53/UDP']).bindings).toEqual({ '53/udp': [{ HostIp: '::1', HostPort: '53' }] });
    expect(parsePortSpecs(['published=8080,target=80,protocol=udp']).exposed).toEqual({ '80/udp': {} });
    expect(parsePortSpecs(['08080:80']).bindings['80/tcp']).toEqual([{ HostIp: '', HostPort: '8080' }]);
  });

  it('binds one container port to several host ports in the order given', () => {
    expect(parsePortSpecs(['8080:80', '127.0.0.1:9090:80']).bindings['80/tcp']).toEqual([
      { HostIp: '', HostPort: '8080' },
      { HostIp: '127.0.0.1', HostPort: '9090' },
    ]);
  });
});

describe('nat helpers', () => {
  it('parsePortRange reads 16-bit ports and ordered ranges only', () => {
    expect(parsePortRange('65535')).toEqual({ start: 65535, end: 65535 });
    expect(parsePortRange('65536')).toBeUndefined();
    expect(parsePortRange('10-5')).toBeUndefined();
    expect(parsePortRange('')).toBeUndefined();
  });

  it('splitProtoPort defaults to tcp', () => {
    expect(splitProtoPort('80')).toEqual(['tcp', '80']);
    expect(splitProtoPort('80/')).toEqual(['tcp', '80']);
    expect(splitProtoPort('/udp')).toEqual(['', '']);
  });
});
