import { describe, expect, it } from 'vitest';
import { keyPressData, type KeyPress } from './early-keys';

function press(key: string, mods: Partial<KeyPress> = {}): KeyPress {
  return { key, ctrlKey: false, altKey: false, metaKey: false, ...mods };
}

describe('keyPressData', () => {
  it('sends printable keys as themselves and Enter as CR, like xterm', () => {
    expect(['c', 't', 'r', ' ', 'é', 'Enter'].map((key) => keyPressData(press(key)))).toEqual([
      'c',
      't',
      'r',
      ' ',
      'é',
      '\r',
    ]);
    expect(keyPressData(press('Backspace'))).toBe('\x7f');
    expect(keyPressData(press('ArrowUp'))).toBe('\x1b[A');
  });

  it('leaves Ctrl and Cmd combinations to the browser (reload must still work)', () => {
    expect(keyPressData(press('r', { ctrlKey: true }))).toBeNull();
    expect(keyPressData(press('r', { metaKey: true }))).toBeNull();
    expect(keyPressData(press('F5'))).toBeNull();
    expect(keyPressData(press('Shift'))).toBeNull();
    expect(keyPressData(press('a', { isComposing: true }))).toBeNull();
  });

  it('sends Alt+letter as ESC letter (readline meta keys)', () => {
    expect(keyPressData(press('b', { altKey: true }))).toBe('\x1bb');
  });
});
