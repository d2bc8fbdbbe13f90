import { describe, expect, it } from 'vitest';
import { parseReference, splitObject } from './reference';

describe('reference.Parse', () => {
  it('splits locator and object', () => {
    expect(parseReference('docker.io/library/nginx:alpine')).toEqual({ locator: 'docker.io/library/nginx', object: 'alpine' });
    expect(parseReference('localhost:5000/foo:1')).toEqual({ locator: 'localhost:5000/foo', object: '1' });
    expect(parseReference('docker.io/library/nginx')).toEqual({ locator: 'docker.io/library/nginx', object: '' });
    expect(splitObject('1.0@sha256:ab')).toEqual({ tag: '1.0', digest: 'sha256:ab' });
  });

  it("fails with Go's url.Parse wording for a host with a bad port", () => {
    expect(() => parseReference('nginx:alpine')).toThrow('parse "dummy://nginx:alpine": invalid port ":alpine" after host');
    expect(() => parseReference('http://x/y:1')).toThrow('invalid reference');
  });
});
