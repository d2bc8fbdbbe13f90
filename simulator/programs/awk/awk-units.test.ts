// The pieces of busybox awk one by one, against editors/awk.c 1.35: my_strtod and is_numeric,
// the xhash bucket order for-in walks, glibc regcomp's reading of EREs, awk_sub's `&` rules and
// awk_split's separators.
import { describe, expect, it } from 'vitest';
import { substitute } from './awk-builtins';
import { compileRegex } from './awk-regex';
import { awkSplit, makeSplitter, RecordReader } from './awk-split';
import { AwkArray, isNumeric, strtod, userStr } from './awk-values';

describe('values (getvar_i, is_numeric)', () => {
  it('reads a leading 0 as octal or hex, as my_strtod with DESKTOP does', () => {
    expect(strtod('010').n).toBe(8);
    expect(strtod('0x1A').n).toBe(26);
    expect(strtod('009.5').n).toBe(9.5);
    expect(strtod(' 12 ').n).toBe(12);
  });
  it('counts a user string as a number only when all of it reads as one', () => {
    expect(isNumeric(userStr(' 12 '))).toBe(true);
    expect(isNumeric(userStr('3x'))).toBe(false);
    expect(isNumeric(userStr(''))).toBe(false);
  });
});

describe('arrays (hashidx, hash_find, hash_rebuild)', () => {
  it('walks buckets of 61 in index order, newest first in a bucket', () => {
    const a = new AwkArray();
    for (const k of ['b', 'a', 'c', '10', '9', '1']) a.find(k);
    // Debian busybox 1.35's `for (k in a)` prints `10 a b c 1 9` for the same inserts.
    expect(a.keys()).toEqual(['10', 'a', 'b', 'c', '1', '9']);
  });
});

describe('regular expressions (regcomp REG_EXTENDED)', () => {
  it("gives glibc's complaints", () => {
    expect(compileRegex('(')).toBe('Unmatched ( or \\(');
    expect(compileRegex('*a')).toBe('Invalid preceding regular expression');
    expect(compileRegex('a{2,1}')).toBe('Invalid content of \\{\\}');
    expect(compileRegex('[[:foo:]]')).toBe('Invalid character class name');
  });
  it('falls back to basic syntax for a dynamic string', () => {
    expect(compileRegex('(', false, true)).toBeInstanceOf(RegExp);
  });
  it('stacks repetitions as glibc does (a+? is (a+)?)', () => {
    const re = compileRegex('^a+?$') as RegExp;
    expect(re.test('aaa')).toBe(true);
  });
});

describe('awk_sub', () => {
  const re = (s: string) => compileRegex(s) as RegExp;
  it('puts the match for &, a literal & for \\&, a backslash and the match for \\\\&', () => {
    expect(substitute(re('b'), '[&]', 'abc', 0, false).text).toBe('a[b]c');
    expect(substitute(re('b'), '\\&', 'abc', 0, false).text).toBe('a&c');
    expect(substitute(re('b'), '\\\\&', 'abc', 0, false).text).toBe('a\\bc');
  });
  it('steps one char past an empty match', () => {
    expect(substitute(re('x*'), '-', 'ab', 0, false)).toEqual({ text: '-a-b-', count: 3 });
  });
});

describe('awk_split and awk_getline', () => {
  it('cuts by one char literally, by blanks for a space, by an ERE when longer', () => {
    expect(awkSplit('a.b', makeSplitter('.'))).toEqual(['a', 'b']);
    expect(awkSplit('  a  b ', makeSplitter(' '))).toEqual(['a', 'b']);
    expect(awkSplit('a--', makeSplitter('--'))).toEqual(['a', '']);
  });
  it('reads paragraphs when RS is empty', () => {
    const r = new RecordReader('\n\np1\np1b\n\n\np2\n');
    const rs = makeSplitter('');
    expect(r.next(rs)?.record).toBe('p1\np1b');
    expect(r.next(rs)?.record).toBe('p2\n');
    expect(r.next(rs)).toBeUndefined();
  });
});
