import { describe, expect, it } from 'vitest';
import { parseInput, pastedKeys, sanitizePastedText } from './input-keys';

describe('parseInput', () => {
  it('maps single keys and escape sequences', () => {
    expect(parseInput('a')).toEqual([{ kind: 'text', text: 'a' }]);
    expect(parseInput('\r')).toEqual([{ kind: 'enter' }]);
    expect(parseInput('\x7f')).toEqual([{ kind: 'backspace' }]);
    expect(parseInput('\x1b[A')).toEqual([{ kind: 'up' }]);
    expect(parseInput('\x1bOB')).toEqual([{ kind: 'down' }]);
    expect(parseInput('\x1b[3~')).toEqual([{ kind: 'delete' }]);
    expect(parseInput('\x03')).toEqual([{ kind: 'interrupt' }]);
    expect(parseInput('\x17')).toEqual([{ kind: 'kill-word-before' }]);
  });

  it('drops control characters and unknown escape sequences typed alone', () => {
    expect(parseInput('\x1e')).toEqual([]);
    expect(parseInput('\x1b[15~')).toEqual([]);
  });

  it('maps readline keys: Ctrl-R, Ctrl-G, Ctrl-Y, Alt-Y, Alt-D, Alt-Backspace, a lone ESC', () => {
    expect(parseInput('\x12')).toEqual([{ kind: 'reverse-search' }]);
    expect(parseInput('\x07')).toEqual([{ kind: 'abort' }]);
    expect(parseInput('\x19')).toEqual([{ kind: 'yank' }]);
    expect(parseInput('\x1by')).toEqual([{ kind: 'yank-pop' }]);
    expect(parseInput('\x1bd')).toEqual([{ kind: 'kill-word-after' }]);
    expect(parseInput('\x1b\x7f')).toEqual([{ kind: 'kill-alnum-word-before' }]);
    expect(parseInput('\x1b')).toEqual([{ kind: 'escape' }]);
    expect(parseInput('\x1bb')).toEqual([{ kind: 'word-left' }]);
    expect(parseInput('\x1bf')).toEqual([{ kind: 'word-right' }]);
  });

  it('treats a multi-character chunk as a paste: one Enter per line break', () => {
    expect(parseInput('ctr i ls\rctr c ls\r')).toEqual([
      { kind: 'text', text: 'ctr i ls' },
      { kind: 'enter' },
      { kind: 'text', text: 'ctr c ls' },
      { kind: 'enter' },
    ]);
  });

  it('unwraps bracketed paste and keeps keys around it', () => {
    expect(parseInput('\x1b[200~echo hi\x1b[201~')).toEqual([{ kind: 'text', text: 'echo hi' }]);
  });

  it('keeps typed CJK text (IME commits several characters at once)', () => {
    expect(parseInput('你好')).toEqual([{ kind: 'text', text: '你好' }]);
  });
});

describe('sanitizePastedText', () => {
  it('removes escape sequences and control characters from pasted text', () => {
    const hostile = 'echo \x1b]8;;javascript:alert(1)\x07click\x1b]8;;\x07 \x1b[31mred\x1b[0m\x00\x9b2J';
    expect(sanitizePastedText(hostile)).toBe('echo click red');
  });

  it('turns tabs into spaces so a paste cannot trigger completion', () => {
    expect(pastedKeys('a\tb')).toEqual([{ kind: 'text', text: 'a b' }]);
  });
});
