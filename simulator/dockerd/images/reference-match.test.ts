// path.Match as Go 1.19 defines it (cases after src/path/match_test.go's table) and
// reference.FamiliarMatch over normalised references.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BAD_PATTERN, familiarMatch, pathMatch } from './reference-match';

describe('pathMatch', () => {
  it.each([
    ['abc', 'abc', true],
    ['*', 'abc', true],
    ['*c', 'abc', true],
    ['a*', 'a', true],
    ['a*', 'abc', true],
    ['a*', 'ab/c', false],
    ['a*/b', 'abc/b', true],
    ['a*/b', 'a/c/b', false],
    ['a*b*c*d*e*/f', 'axbxcxdxe/f', true],
    ['a*b*c*d*e*/f', 'axbxcxdxexxx/f', true],
    ['a*b*c*d*e*/f', 'axbxcxdxe/xxx/f', false],
    ['a*b?c*x', 'abxbbxdbxebxczzx', true],
    ['a*b?c*x', 'abxbbxdbxebxczzy', false],
    ['ab[c]', 'abc', true],
    ['ab[b-d]', 'abc', true],
    ['ab[e-g]', 'abc', false],
    ['ab[^c]', 'abc', false],
    ['ab[^b-d]', 'abc', false],
    ['ab[^e-g]', 'abc', true],
    ['a\\*b', 'a*b', true],
    ['a\\*b', 'ab', false],
    ['a?b', 'a☺b', true],
    ['a[^a]b', 'a☺b', true],
    ['a???b', 'a☺b', false],
    ['[a-ζ]*', 'α', true],
    ['*[a-ζ]', 'A', false],
    ['a?b', 'a/b', false],
    ['a*b', 'a/b', false],
    ['[\\]a]', ']', true],
    ['[\\-]', '-', true],
    ['[x\\-]', 'x', true],
    ['[x\\-]', '-', true],
    ['[x\\-]', 'z', false],
    ['[\\-x]', 'a', false],
    ['*x', 'xxx', true],
  ])('%s vs %s → %s', (pattern, name, want) => {
    expect(pathMatch(pattern, name)).toBe(want);
  });

  it.each(['[]a]', '[-]', '[x-]', '[x', '[a-', '\\', 'a\\', '[^]', '[^', '[a-b-c]x[', '*x[', 'a[', '[\\'])('%s is malformed, whatever the name', (pattern) => {
    for (const name of ['', 'a', 'x', 'abc']) expect(() => pathMatch(pattern, name)).toThrow(BAD_PATTERN);
  });

  it('a pattern without metacharacters matches exactly itself', () => {
    const plain = fc.string({ unit: fc.constantFrom('a', 'b', '/', ':', '.', '-', '_') });
    fc.assert(fc.property(plain, plain, (p, n) => pathMatch(p, n) === (p === n)));
  });

  it('`*` matches any name without `/`, and only those', () => {
    const name = fc.string({ unit: fc.constantFrom('a', 'b', '/', ':') });
    fc.assert(fc.property(name, (n) => pathMatch('*', n) === !n.includes('/')));
  });
});

describe('familiarMatch', () => {
  it('tries the familiar string, then the familiar name', () => {
    expect(familiarMatch('busybox', 'docker.io/library/busybox:1.36')).toBe(true);
    expect(familiarMatch('busybox:1.*', 'docker.io/library/busybox:1.36')).toBe(true);
    expect(familiarMatch('busybox:2*', 'docker.io/library/busybox:1.36')).toBe(false);
    expect(familiarMatch('library/busybox', 'docker.io/library/busybox:1.36')).toBe(false);
    expect(familiarMatch('me/app', 'docker.io/me/app:1')).toBe(true);
    expect(familiarMatch('localhost:5000/*/bb', 'localhost:5000/lib/bb:2')).toBe(true);
    expect(familiarMatch('busybox', `docker.io/library/busybox@sha256:${'a'.repeat(64)}`)).toBe(true);
  });
});
