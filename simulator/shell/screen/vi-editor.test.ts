import { describe, expect, it } from 'vitest';
import { splitKeys } from './raw-keys';
import { ViEditor } from './vi-editor';

function editor(text: string | undefined, path = '/etc/crictl.yaml') {
  const writes: Array<{ path: string; text: string }> = [];
  const vi = new ViEditor(path, text, {
    write: (to, body) => {
      writes.push({ path: to, text: body });
      return undefined;
    },
  });
  const type = (data: string) => {
    let last: ReturnType<ViEditor['key']> = { output: '' };
    for (const key of splitKeys(data)) last = vi.key(key);
    return last;
  };
  return { vi, writes, type };
}

/** What the bottom line says, without escape sequences. */
function status(output: string): string {
  const at = output.lastIndexOf('\x1b[24;1H');
  return output.slice(at + '\x1b[24;1H'.length).replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '');
}

describe('vi', () => {
  it('opens a file with vim\'s "NL, NB" line and a new one with [New]', () => {
    expect(status(editor('a: 1\nb: 2\n').vi.open())).toBe('"/etc/crictl.yaml" 2L, 10B');
    expect(status(editor(undefined, 'new.txt').vi.open())).toBe('"new.txt" [New]');
  });

  it('inserts, leaves insert mode with ESC and writes with :wq', () => {
    const { vi, writes, type } = editor('runtime-endpoint: x\n');
    vi.open();
    expect(status(type('i').output)).toBe('-- INSERT --');
    type('# edited\r\x1b');
    const done = type(':wq\r');
    expect(done.exitCode).toBe(0);
    expect(writes).toEqual([{ path: '/etc/crictl.yaml', text: '# edited\nruntime-endpoint: x\n' }]);
  });

  it(':q refuses to drop changes (E37), :q! drops them', () => {
    const { type, writes } = editor('x\n');
    type('xx');
    const refused = type(':q\r');
    expect(refused.exitCode).toBeUndefined();
    expect(status(refused.output)).toBe('E37: No write since last change (add ! to override)');
    expect(type(':q!\r').exitCode).toBe(0);
    expect(writes).toEqual([]);
  });

  it(':w writes and stays; then :q quits', () => {
    const { type, writes } = editor('one\ntwo\n');
    type('jA!\x1b');
    expect(status(type(':w\r').output)).toBe('"/etc/crictl.yaml" 2L, 9B written');
    expect(writes.at(-1)?.text).toBe('one\ntwo!\n');
    expect(type(':q\r').exitCode).toBe(0);
  });

  it('dd deletes a line, x a character, o opens a line below, O above', () => {
    const { vi, type } = editor('one\ntwo\nthree\n');
    type('jdd');
    expect(vi.text()).toBe('one\nthree\n');
    type('x');
    expect(vi.text()).toBe('one\nhree\n');
    type('onew\x1b');
    expect(vi.text()).toBe('one\nhree\nnew\n');
    type('ggOtop\x1b');
    expect(vi.text()).toBe('top\none\nhree\nnew\n');
  });

  it('arrows move in both modes; Backspace joins lines in insert mode', () => {
    const { vi, type } = editor('ab\ncd\n');
    type('\x1b[B\x1b[Ci\x7f\x7f\x7f\x1b');
    // Down, Right: on "d"; Backspace twice deletes "c" then joins onto "ab"; once more deletes "b".
    expect(vi.text()).toBe('ad\n');
    type('i\x1b[C\x1b[CX\x1b');
    expect(vi.text()).toBe('adX\n');
  });

  it('/ searches forward, wraps with vim\'s message, and reports a missing pattern', () => {
    const { type } = editor('endpoint\nimage\ntimeout: 2\nendpoint again\n');
    const { vi } = editor('');
    expect(vi.text()).toBe('\n');
    type('/time\r');
    type('i>\x1b');
    let out = type('/endpoint\r');
    expect(status(out.output)).toBe('/endpoint');
    out = type('n');
    expect(status(out.output)).toBe('search hit BOTTOM, continuing at TOP');
    expect(status(type('/nothing\r').output)).toBe('E486: Pattern not found: nothing');
    expect(status(type(':nonsense\r').output)).toBe('E492: Not an editor command: nonsense');
  });

  it('ZZ writes only when something changed', () => {
    const clean = editor('x\n');
    expect(clean.type('ZZ').exitCode).toBe(0);
    expect(clean.writes).toEqual([]);
    const changed = editor('x\n');
    changed.type('xZZ');
    expect(changed.writes).toEqual([{ path: '/etc/crictl.yaml', text: '\n' }]);
  });
});
