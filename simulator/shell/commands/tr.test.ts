import { describe, expect, it } from 'vitest';
import { type RecordedRun, itMatchesRecorded } from './recorded-runs';
import { expandSet, literalSet } from './tr';

// Recorded with the real tr (GNU coreutils 9.1, Debian bookworm, /usr/bin/tr) under LC_ALL=C.UTF-8.
const RECORDED: readonly RecordedRun[] = [
  ["printf 'a03\\033b\\n' | tr -d '\\033' | od -An -c", "   a   0   3   b  \\n\n", "", 0],
  ["printf 'ab\\n' | tr -d '\\400'", "ab\n", "tr: warning: the ambiguous octal escape \\400 is being\n\tinterpreted as the 2-byte sequence \\040, 0\n", 0],
  ["printf 'a ?7b\\n' | tr -d '\\777'", "a b\n", "tr: warning: the ambiguous octal escape \\777 is being\n\tinterpreted as the 2-byte sequence \\077, 7\n", 0],
  ["printf 'a\\\\b\\n' | tr -d 'a\\'", "b\n", "tr: warning: an unescaped backslash at end of string is not portable\n", 0],
  ["printf 'abc\\n' | tr 'a-c' '\\101-\\103'", "ABC\n", "", 0],
  ["printf 'abc\\n' | tr 'c-a' 'x'", "", "tr: range-endpoints of 'c-a' are in reverse collating sequence order\n", 1],
  ["printf 'aq\\n' | tr -d '\\q'", "a\n", "", 0],
  ["printf 'a-z\\n' | tr -d 'a\\-z'", "\n", "", 0],
  ["printf 'abc\\n' | tr 'a\\-c' 'xyz'", "xbz\n", "", 0],
  ["printf 'a\\\\b\\n' | tr '\\\\' 'x'", "axb\n", "", 0],
  ["printf 'abc\\n' | tr -d '\\141-\\142'", "c\n", "", 0],
  ["printf 'abc\\n' | tr 'abc' '\\n\\r\\v' | od -An -c", "  \\n  \\r  \\v  \\n\n", "", 0],
  ["printf 'x\\000y\\n' | tr -d '\\08' | od -An -c", "   x   y  \\n\n", "", 0],
  ["printf 'xS4\\n' | tr -d '\\1234'", "x\n", "", 0],
  ["printf 'abc\\n' | tr '[:lower:]' '[:upper:]'", "ABC\n", "", 0],
  ["printf 'a\\tb\\001c\\n' | tr '\\000-\\037' '_'", "a_b_c_", "", 0],
  ["printf 'a\\a\\b\\f\\v\\\\z\\n' | tr -d '\\a\\b\\f\\v\\\\'", "az\n", "", 0],
  ["printf 'abcd\\n' | tr -t 'abcd' 'xy'", "xycd\n", "", 0],
  ["printf 'abcd\\n' | tr 'abcd' 'xy'", "xyyy\n", "", 0],
  ["printf 'a]b[c\\n' | tr -d '\\[\\]'", "abc\n", "", 0],
  ["printf 'aabbcc\\n' | tr -s '[=a=]b'", "abcc\n", "", 0],
  ["printf 'Hello\\n' | tr -cd '[:alpha:]\\n'", "Hello\n", "", 0],
  ["printf 'Hello World\\n' | tr -s ' ' '\\n'", "Hello\nWorld\n", "", 0],
  ["printf 'abc\\n' | tr -d '[:foo:]'", "", "tr: invalid character class ‘foo’\n", 1],
  ["printf 'a\\033[1mb\\033[0m\\n' | tr -d '\\033' ", "a[1mb[0m\n", "", 0],
  ["printf 'a-b\\n' | tr -- '-' '_'", "a_b\n", "", 0],
  ["printf 'a\\n' | tr 'a' '\\'", "\\\n", "tr: warning: an unescaped backslash at end of string is not portable\n", 0],
  ["printf 'ab\\n' | tr -d", "", "tr: missing operand\nTry 'tr --help' for more information.\n", 1],
  ["printf 'ab\\n' | tr", "", "tr: missing operand\nTry 'tr --help' for more information.\n", 1],
  ["printf 'ab\\n' | tr a", "", "tr: missing operand after ‘a’\nTwo strings must be given when translating.\nTry 'tr --help' for more information.\n", 1],
  ["printf 'ab\\n' | tr -d a b", "", "tr: extra operand ‘b’\nOnly one string may be given when deleting without squeezing repeats.\nTry 'tr --help' for more information.\n", 1],
  ["printf 'ab\\n' | tr a b c", "", "tr: extra operand ‘c’\nTry 'tr --help' for more information.\n", 1],
  ["printf 'ab\\n' | tr -s a", "ab\n", "", 0],
  ["printf 'ab\\n' | tr -ds a b", "b\n", "", 0],
];

describe('tr reads its SETs as GNU tr 9.1', () => {
  itMatchesRecorded(RECORDED);
  it('expands escapes, ranges between escapes and classes, and writes each character so the library reads it as itself', () => {
    const warnings: string[] = [];
    expect(expandSet('\\033\\0-\\2x', (w) => warnings.push(w))).toBe('\x1b\x00\x01\x02x');
    expect(expandSet('a\\-c[:digit:]', () => undefined)).toBe('a-c0123456789');
    expect(expandSet('z-a', () => undefined)).toEqual({ error: "range-endpoints of 'z-a' are in reverse collating sequence order" });
    expect(warnings).toEqual([]);
    expect(literalSet('a-[\\n')).toBe('a\\-\\[\\\\n');
  });
});
