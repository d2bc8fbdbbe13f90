import { describe, expect, it } from 'vitest';
import { isTouchDevice } from './touch-input';

const device = (coarse: boolean, maxTouchPoints: number) => ({
  matchMedia: (query: string) => ({ matches: coarse && query === '(pointer: coarse)' }) as MediaQueryList,
  navigator: { maxTouchPoints } as Navigator,
});

describe('isTouchDevice', () => {
  it('is true for a coarse pointer or any touch points, false for mouse and keyboard', () => {
    expect(isTouchDevice(device(true, 0))).toBe(true);
    expect(isTouchDevice(device(false, 5))).toBe(true);
    expect(isTouchDevice(device(false, 0))).toBe(false);
  });
});
