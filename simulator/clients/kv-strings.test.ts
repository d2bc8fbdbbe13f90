import { describe, expect, it } from 'vitest';
import { convertKvStringsToMap } from './kv-strings';

describe('convertKvStringsToMap', () => {
  it('splits at the first =, keeps bare keys as "", and lets a later entry win', () => {
    expect(convertKvStringsToMap(['a=1', 'b', 'c=x=y', 'a=2', 'd='])).toEqual({ a: '2', b: '', c: 'x=y', d: '' });
  });
  it('stores a __proto__ key as data', () => {
    const map = convertKvStringsToMap(['__proto__=x']);
    expect(Object.keys(map)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(map)).toBe(Object.prototype);
  });
});
