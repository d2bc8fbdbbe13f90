import { describe, expect, it } from 'vitest';
import { isInvalidArgument } from '../errdefs/errdefs';
import { thrown } from '../containerd/namespaces/test-support';
import { parsePlatform } from './platform';

describe('parsePlatform', () => {
  it('reads one word as an OS on amd64 or an architecture on linux, two or three parts as given', () => {
    expect(parsePlatform('windows')).toEqual({ os: 'windows', architecture: 'amd64' });
    expect(parsePlatform('macos')).toEqual({ os: 'darwin', architecture: 'amd64' });
    expect(parsePlatform('aarch64')).toEqual({ os: 'linux', architecture: 'arm64' });
    expect(parsePlatform('linux/bogus')).toEqual({ os: 'linux', architecture: 'bogus' });
    expect(parsePlatform('linux/arm/7')).toEqual({ os: 'linux', architecture: 'arm', variant: 'v7' });
  });

  it('refuses what containerd refuses, in its words', () => {
    const message = (spec: string) => {
      const err = thrown(() => parsePlatform(spec));
      expect(isInvalidArgument(err)).toBe(true);
      return (err as Error).message.replace(/: invalid argument$/, '');
    };
    expect(message('bogus')).toBe('"bogus": unknown operating system or architecture');
    expect(message('linux/*')).toBe('"linux/*": wildcards not yet supported');
    expect(message('linux/')).toBe('"" is an invalid component of "linux/": platform specifier component must match "^[A-Za-z0-9_-]+$"');
    expect(message('a/b/c/d')).toBe('"a/b/c/d": cannot parse platform specifier');
  });
});
