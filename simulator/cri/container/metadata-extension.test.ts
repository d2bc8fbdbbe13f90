import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { base64Utf8, goJsonMarshal } from './metadata-extension';

/** Base64 of the UTF-8 bytes, by Node's own encoder: what Go's json.Marshal of a []byte gives. */
const nodeBase64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

describe('metadata extension encoding', () => {
  it('base64Utf8 gives the UTF-8 bytes in base64, ASCII or not', () => {
    expect(base64Utf8('{"Version":"v1"}')).toBe('eyJWZXJzaW9uIjoidjEifQ==');
    expect(base64Utf8('名字')).toBe(nodeBase64('名字'));
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary-ascii' })), (text) => {
        expect(base64Utf8(text)).toBe(nodeBase64(text));
      }),
    );
  });

  it('goJsonMarshal escapes as encoding/json does', () => {
    expect(goJsonMarshal({ a: '<&>\u2028\b\f' })).toBe('{"a":"\\u003c\\u0026\\u003e\\u2028\\u0008\\u000c"}');
  });
});
