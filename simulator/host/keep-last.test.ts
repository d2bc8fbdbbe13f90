import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { keepLast } from './keep-last';

describe('keepLast', () => {
  it('keeps the newest entries in order, whatever the overflow', () => {
    fc.assert(
      fc.property(fc.array(fc.integer(), { maxLength: 60 }), fc.integer({ min: -3, max: 70 }), (items, max) => {
        const list = [...items];
        keepLast(list, max);
        expect(list).toEqual(items.slice(Math.max(0, items.length - Math.max(0, max))));
      }),
    );
  });

  it('leaves a list within its limit untouched (same array)', () => {
    const list = [1, 2, 3];
    keepLast(list, 3);
    expect(list).toEqual([1, 2, 3]);
  });
});
