// encoding/json's output for the simulator's plain data. The byte-for-byte comparison with Go
// 1.19 itself is in template/go-oracle.test.ts (`marshal` cases); these pin the value model.

import { describe, expect, it } from 'vitest';
import {
  GoJsonError,
  goFloat,
  goJsonEncode,
  goJsonMarshal,
  goJsonMarshalIndent,
  goJsonString,
  goMap,
  goNil,
  goStruct,
  withMarshalJSON,
} from './json';

describe('goJsonMarshal', () => {
  it('keeps struct field order and sorts map keys byte-wise', () => {
    const v = goStruct({ Z: 1, A: goMap({ b: 1, B: 2, a: 3, é: 4, _: 5 }) }, 'T');
    expect(goJsonMarshal(v)).toBe('{"Z":1,"A":{"B":2,"_":5,"a":3,"b":1,"é":4}}');
  });

  it('sorts numeric map keys numerically', () => {
    expect(goJsonMarshal(goMap({ 10: 'x', 9: 'y', 100: 'z' }, 'map[int]string'))).toBe('{"9":"y","10":"x","100":"z"}');
  });

  it('tells a nil slice (null) from an empty one ([]) and leaves out undefined fields', () => {
    expect(goJsonMarshal({ Nil: goNil('[]string'), Empty: [], Gone: undefined, Null: null })).toBe('{"Nil":null,"Empty":[],"Null":null}');
  });

  it('prints integers as integers and float64s as Go does', () => {
    expect(goJsonMarshal([1, -0, 2n ** 64n, goFloat(5), goFloat(-0), 0.1, 1e21, 1e20, 1e-7, 1.5e-7, 1e-6])).toBe(
      '[1,0,18446744073709551616,5,-0,0.1,1e+21,100000000000000000000,1e-7,1.5e-7,0.000001]',
    );
  });

  it('refuses NaN, infinities and funcs with encoding/json’s messages', () => {
    expect(() => goJsonMarshal(Number.NaN)).toThrow(new GoJsonError('json: unsupported value: NaN'));
    expect(() => goJsonMarshal([Infinity])).toThrow('json: unsupported value: +Inf');
    expect(() => goJsonMarshal(-Infinity)).toThrow('json: unsupported value: -Inf');
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(() => goJsonMarshal(cyclic)).toThrow(GoJsonError);
  });

  it('uses a MarshalJSON stand-in when the caller gives one', () => {
    const ctx = withMarshalJSON({ id: 'x' }, () => goMap({ ID: 'x', Names: 'web' }));
    expect(goJsonMarshal([ctx])).toBe('[{"ID":"x","Names":"web"}]');
  });

  it('leaves methods (function properties) out', () => {
    expect(goJsonMarshal({ A: 1, Label: () => 'x' })).toBe('{"A":1}');
  });
});

describe('goJsonString', () => {
  it('escapes as go1.19 does: HTML characters, U+2028/9, controls as \\u00XX except \\n \\r \\t', () => {
    expect(goJsonString('<a>&"\\\n\r\t\b\f\u0000\u001f\u007f\u2028\u2029é😀')).toBe(
      '"\\u003ca\\u003e\\u0026\\"\\\\\\n\\r\\t\\u0008\\u000c\\u0000\\u001f\u007f\\u2028\\u2029é😀"',
    );
  });

  it('keeps < > & with SetEscapeHTML(false)', () => {
    expect(goJsonString('<&>', false)).toBe('"<&>"');
  });

  it('writes a lone surrogate (invalid UTF-8 in Go) as \\ufffd', () => {
    expect(goJsonString('a\ud800b\udc00')).toBe('"a\\ufffdb\\ufffd"');
  });
});

describe('MarshalIndent and Encoder', () => {
  it('indents with prefix, keeps empty containers on one line', () => {
    expect(goJsonMarshalIndent({ A: [], B: {}, C: [1, { D: null }] }, '>', '  ')).toBe(
      '{\n>  "A": [],\n>  "B": {},\n>  "C": [\n>    1,\n>    {\n>      "D": null\n>    }\n>  ]\n>}',
    );
  });

  it('does not take colons, commas or brackets inside strings for structure', () => {
    expect(goJsonMarshalIndent({ 'a:b': '[1, {"x"}]' }, '', ' ')).toBe('{\n "a:b": "[1, {\\"x\\"}]"\n}');
  });

  it('ends Encode’s output with a newline', () => {
    expect(goJsonEncode({ H: '<b>' }, { escapeHTML: false })).toBe('{"H":"<b>"}\n');
    expect(goJsonEncode([1], { indent: '  ' })).toBe('[\n  1\n]\n');
  });
});
