import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { goJsonDecode, goJsonIndent, goJsonString, GoJsonSyntaxError, indentTokens, isGoJson } from './go-json';

/** goJsonString as it was written first: every character looked at. */
function escapeEachChar(s: string): string {
  const short: Record<string, string> = { '"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' };
  let out = '"';
  for (const ch of s) {
    if (short[ch]) out += short[ch];
    else if (ch < ' ' || '<>&\u2028\u2029'.includes(ch)) out += `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
    else out += ch;
  }
  return `${out}"`;
}

const jsonish = fc.oneof(
  fc.json(),
  fc.json().map((j) => j.replace(/,/g, ' ,\n\t')),
  fc.string({ unit: fc.constantFrom('{', '}', '[', ']', ',', ':', ' ', '\n', '\u00a0', '"', '\\', 'u', '0', '1', '-', 'e', 'true', 'nul', 'a', '\u0001') }),
);

function indentOutcome(f: (s: string, i: string) => string, src: string): string {
  try {
    return f(src, '  ');
  } catch (err) {
    // Unbalanced closers make both scanners fail alike (a RangeError from a negative depth).
    return `${err instanceof GoJsonSyntaxError ? 'syntax' : (err as Error).name}: ${(err as Error).message}`;
  }
}

describe('go-json fast paths', () => {
  it('goJsonIndent gives what the token scanner gives, text or error, for any text', () => {
    fc.assert(fc.property(jsonish, (src) => {
        expect(indentOutcome(goJsonIndent, src)).toBe(indentOutcome(indentTokens, src));
      }), { numRuns: 2000 });
  });

  it('re-indents a runtime-spec-like document, keeping empty objects compact', () => {
    const src = '{"a":{},"b":[],"c":["x\\"y",1.5e3,null],"d":{"e":true}}';
    expect(goJsonIndent(src, '  ')).toBe('{\n  "a": {},\n  "b": [],\n  "c": [\n    "x\\"y",\n    1.5e3,\n    null\n  ],\n  "d": {\n    "e": true\n  }\n}');
    expect(() => goJsonIndent('{"a":x}', '  ')).toThrow('invalid character "x" looking for beginning of value');
  });

  it('isGoJson agrees with goJsonDecode', () => {
    fc.assert(
      fc.property(jsonish, (src) => {
        let decodes = true;
        try {
          goJsonDecode(src);
        } catch {
          decodes = false;
        }
        expect(isGoJson(src)).toBe(decodes);
      }),
      { numRuns: 2000 },
    );
  });

  it('goJsonString escapes as encoding/json does, with or without characters to escape', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.constantFrom('<a&b>', '\u2028', 'plain')), (s) => {
        expect(goJsonString(s)).toBe(escapeEachChar(s));
      }));
  });
});
