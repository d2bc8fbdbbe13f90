// reference/docker as containerd 1.6.20 vendors it (normalize.go, reference.go, helpers.go) and
// go-digest's digestset.Lookup.

import { describe, expect, it } from 'vitest';
import { formatNamed, parseAnyReference, parseDockerRef } from './docker-reference';
import { AMBIGUOUS_DIGEST, lookupDigest } from './digest-set';
import { sortReferences } from './image-store';

const ID = (c: string) => `sha256:${c.repeat(64)}`;

describe('parseDockerRef', () => {
  it.each([
    ['nginx', 'docker.io/library/nginx:latest'],
    ['nginx:1.25', 'docker.io/library/nginx:1.25'],
    ['library/nginx:1.25', 'docker.io/library/nginx:1.25'],
    ['bitnami/redis', 'docker.io/bitnami/redis:latest'],
    ['index.docker.io/nginx', 'docker.io/library/nginx:latest'],
    ['registry.k8s.io/pause:3.6', 'registry.k8s.io/pause:3.6'],
    ['localhost:5000/app', 'localhost:5000/app:latest'],
    [`nginx:1.25@${ID('a')}`, `docker.io/library/nginx@${ID('a')}`],
  ])('%s → %s', (input, expected) => {
    expect(formatNamed(parseDockerRef(input))).toBe(expected);
  });

  it.each([
    ['', 'invalid reference format'],
    ['Not A Reference', 'invalid reference format: repository name must be lowercase'],
    ['nginx:', 'invalid reference format'],
    ['a'.repeat(64), `invalid repository name (${'a'.repeat(64)}), cannot specify 64-byte hexadecimal strings`],
  ])('refuses %j: %s', (input, message) => {
    expect(() => parseDockerRef(input)).toThrow(message);
  });

  it('ParseAnyReference reads 64 hex and sha256 digests as ids', () => {
    expect(parseAnyReference('b'.repeat(64))).toEqual({ kind: 'digest', digest: ID('b') });
    expect(parseAnyReference(ID('c'))).toEqual({ kind: 'digest', digest: ID('c') });
    expect(parseAnyReference('busybox')).toMatchObject({ kind: 'named', name: 'docker.io/library/busybox', tag: '' });
  });
});

describe('digestset Lookup', () => {
  const ids = [`sha256:ab${'1'.repeat(62)}`, `sha256:ac${'2'.repeat(62)}`];
  it('finds a whole id, a unique prefix with or without the algorithm', () => {
    expect(lookupDigest(ids, ids[0] ?? '')).toBe(ids[0]);
    expect(lookupDigest(ids, 'ab')).toBe(ids[0]);
    expect(lookupDigest(ids, 'sha256:ac2')).toBe(ids[1]);
  });
  it('a prefix of two is ambiguous, of none not found', () => {
    expect(() => lookupDigest(ids, 'a')).toThrow(AMBIGUOUS_DIGEST);
    expect(() => lookupDigest(ids, 'ff')).toThrow('not found');
    expect(() => lookupDigest([], 'ab')).toThrow('not found');
    // An empty string is a prefix of everything: the only image of a one-image store.
    expect(lookupDigest([ids[0] ?? ''], '')).toBe(ids[0]);
  });
});

describe('sortReferences (store/image/sort.go)', () => {
  it('tags, then digests, then ids, each sorted', () => {
    const digest = `docker.io/library/busybox@${ID('d')}`;
    expect(sortReferences([ID('e'), digest, 'docker.io/library/busybox:v2', 'docker.io/library/busybox:latest'])).toEqual([
      'docker.io/library/busybox:latest',
      'docker.io/library/busybox:v2',
      digest,
      ID('e'),
    ]);
  });
});
