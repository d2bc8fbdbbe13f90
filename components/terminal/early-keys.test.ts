import { describe, expect, it } from 'vitest';
import { captureEarlyKeys, EARLY_KEYS_SCRIPT, keyPressData, takeEarlyKeys, type KeyPress } from './early-keys';

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

/** A document as far as the capture uses it: one keydown listener, a focused element. */
function fakeDocument() {
  const body = { tag: 'body' };
  const listeners: ((event: KeyboardEvent) => void)[] = [];
  const doc = {
    body,
    documentElement: { tag: 'html' },
    activeElement: body as unknown,
    defaultView: {} as Record<string, unknown>,
    addEventListener: (_type: string, listener: (event: KeyboardEvent) => void) => listeners.push(listener),
    removeEventListener: (_type: string, listener: (event: KeyboardEvent) => void) => listeners.splice(listeners.indexOf(listener), 1),
  };
  const type = (key: string, mods: Partial<KeyPress> = {}) => {
    let prevented = false;
    const event = { ...press(key, mods), preventDefault: () => (prevented = true) } as unknown as KeyboardEvent;
    for (const listener of [...listeners]) listener(event);
    return prevented;
  };
  return { doc, listeners, type };
}

describe('the capture', () => {
  it('runs as the page\'s inline script (its source names nothing outside itself) and hands its keys to the terminal', () => {
    const { doc, listeners, type } = fakeDocument();
    new Function('window', 'document', EARLY_KEYS_SCRIPT)(doc.defaultView, doc);
    expect(listeners).toHaveLength(1);
    expect([...'ls'].map((key) => type(key))).toEqual([true, true]);
    expect(type('r', { ctrlKey: true })).toBe(false);
    type('Enter');
    const stop = captureEarlyKeys(doc as unknown as Document);
    type('x');
    expect(takeEarlyKeys(doc as unknown as Document)).toEqual(['l', 's', '\r', 'x']);
    expect(listeners).toHaveLength(0);
    stop();
  });

  it('leaves keys alone while an input or button has the focus', () => {
    const { doc, type } = fakeDocument();
    captureEarlyKeys(doc as unknown as Document);
    doc.activeElement = { tag: 'button' };
    expect(type('a')).toBe(false);
    doc.activeElement = doc.body;
    type('b');
    expect(takeEarlyKeys(doc as unknown as Document)).toEqual(['b']);
  });

  it('keeps the keys of a capture stopped and started again before the terminal took them', () => {
    const { doc, type } = fakeDocument();
    const stop = captureEarlyKeys(doc as unknown as Document);
    type('a');
    stop();
    type('c');
    captureEarlyKeys(doc as unknown as Document);
    type('b');
    expect(takeEarlyKeys(doc as unknown as Document)).toEqual(['a', 'b']);
    expect(takeEarlyKeys(doc as unknown as Document)).toEqual([]);
  });
});
