import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { copyPlain } from './copy-plain';

describe('copyPlain', () => {
  it('equals structuredClone on any JSON value and shares nothing with its input', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const copy = copyPlain(value);
        expect(copy).toEqual(structuredClone(value));
        if (value !== null && typeof value === 'object') expect(copy).not.toBe(value);
      }),
    );
  });

  it('keeps "__proto__" as an own key and copies nested members', () => {
    const value = JSON.parse('{"__proto__":{"a":1},"b":[{"c":2}]}') as Record<string, unknown>;
    const copy = copyPlain(value);
    expect(Object.keys(copy)).toEqual(['__proto__', 'b']);
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    (copy.b as Array<{ c: number }>)[0]!.c = 3;
    expect((value.b as Array<{ c: number }>)[0]!.c).toBe(2);
  });

  it('falls back to structuredClone for a non-plain object', () => {
    const date = new Date(5);
    const copy = copyPlain({ when: date });
    expect(copy.when).toEqual(date);
    expect(copy.when).not.toBe(date);
  });
});
