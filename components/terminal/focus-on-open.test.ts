import { describe, expect, it } from 'vitest';
import { mayTakeFocus } from './focus-on-open';

describe('mayTakeFocus', () => {
  it('takes the focus from nothing, the body, or the button that opened the terminal', () => {
    expect(mayTakeFocus(null)).toBe(true);
    expect(mayTakeFocus({ tagName: 'BODY' })).toBe(true);
    expect(mayTakeFocus({ tagName: 'BUTTON' })).toBe(true);
    expect(mayTakeFocus({ tagName: 'a' })).toBe(true);
  });

  it('leaves the focus where the person is typing: another terminal, a field, an editable element', () => {
    expect(mayTakeFocus({ tagName: 'TEXTAREA' })).toBe(false);
    expect(mayTakeFocus({ tagName: 'input' })).toBe(false);
    expect(mayTakeFocus({ tagName: 'SELECT' })).toBe(false);
    expect(mayTakeFocus({ tagName: 'DIV', isContentEditable: true })).toBe(false);
  });
});
