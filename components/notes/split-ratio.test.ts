import { describe, expect, it } from 'vitest';
import { clampSplit, readSplit, SPLIT_DEFAULT, SPLIT_MAX, SPLIT_MIN, splitAfterKey, splitAtPointer } from './split-ratio';

describe('the note / terminal split', () => {
  it('follows the pointer across the layout, within bounds', () => {
    expect(splitAtPointer(600, 100, 1000)).toBe(50);
    expect(splitAtPointer(400, 100, 1000)).toBe(30);
    expect(splitAtPointer(0, 100, 1000)).toBe(SPLIT_MIN);
    expect(splitAtPointer(2000, 100, 1000)).toBe(SPLIT_MAX);
    expect(splitAtPointer(500, 0, 0)).toBe(SPLIT_DEFAULT);
  });

  it('moves with the keys of a window splitter', () => {
    expect(splitAfterKey(50, 'ArrowLeft')).toBe(48);
    expect(splitAfterKey(50, 'ArrowRight')).toBe(52);
    expect(splitAfterKey(50, 'PageUp')).toBe(60);
    expect(splitAfterKey(26, 'PageDown')).toBe(SPLIT_MIN);
    expect(splitAfterKey(40, 'Home')).toBe(SPLIT_MIN);
    expect(splitAfterKey(40, 'End')).toBe(SPLIT_MAX);
    expect(splitAfterKey(40, 'Enter')).toBe(SPLIT_DEFAULT);
    expect(splitAfterKey(40, 'a')).toBeNull();
  });

  it('reads a stored share, and falls back to the default for junk', () => {
    expect(readSplit('62.5')).toBe(62.5);
    expect(readSplit('90')).toBe(SPLIT_MAX);
    expect(readSplit('wide')).toBe(SPLIT_DEFAULT);
    expect(readSplit('')).toBe(SPLIT_DEFAULT);
    expect(readSplit(null)).toBe(SPLIT_DEFAULT);
    expect(clampSplit(Number.NaN)).toBe(SPLIT_DEFAULT);
  });
});
