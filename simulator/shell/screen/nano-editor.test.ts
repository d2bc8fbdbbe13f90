import { describe, expect, it } from 'vitest';
import { NanoEditor } from './nano-editor';
import { splitKeys } from './raw-keys';

function plain(output: string): string {
  return output.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '');
}

/** The text drawn on 1-based screen row `row` by the last output. */
function row(output: string, at: number): string {
  const marker = `\x1b[${at};1H`;
  const start = output.lastIndexOf(marker);
  const end = output.indexOf('\x1b[K', start);
  return plain(output.slice(start + marker.length, end)).trimEnd();
}

function editor(text: string | undefined) {
  const writes: Array<{ path: string; text: string }> = [];
  const nano = new NanoEditor('/etc/profile', text, {
    write: (path, body) => {
      writes.push({ path, text: body });
      return undefined;
    },
  });
  const type = (data: string) => {
    let last: ReturnType<NanoEditor['key']> = { output: '' };
    for (const key of splitKeys(data)) last = nano.key(key);
    return last;
  };
  return { nano, writes, type };
}

describe('nano', () => {
  it('opens with the title bar, "[ Read N lines ]" and the shortcut rows', () => {
    const first = editor('a\nb\n').nano.open();
    expect(plain(first)).toContain('GNU nano 7.2');
    expect(plain(first)).toContain('/etc/profile');
    expect(row(first, 22).trim()).toBe('[ Read 2 lines ]');
    expect(row(first, 23)).toMatch(/^\^G Help +\^O Write Out +\^W Where Is/);
    expect(row(first, 24)).toMatch(/^\^X Exit +\^R Read File/);
    expect(row(editor(undefined).nano.open(), 22).trim()).toBe('[ New File ]');
  });

  it('types at the cursor; ^O asks for the file name and writes', () => {
    const { nano, type, writes } = editor('export PATH\n');
    nano.open();
    const typed = type('# ');
    expect(plain(typed.output)).toContain('Modified');
    const asking = type('\x0f');
    expect(row(asking.output, 22)).toBe('File Name to Write: /etc/profile');
    const wrote = type('\r');
    expect(row(wrote.output, 22).trim()).toBe('[ Wrote 1 line ]');
    expect(writes).toEqual([{ path: '/etc/profile', text: '# export PATH\n' }]);
  });

  it('^X with changes asks "Save modified buffer?"; Y then Enter writes and exits', () => {
    const { type, writes } = editor('x\n');
    type('\x1b[Cy');
    const asking = type('\x18');
    expect(asking.exitCode).toBeUndefined();
    expect(row(asking.output, 22)).toBe('Save modified buffer?');
    expect(row(asking.output, 23)).toMatch(/^Y Yes/);
    type('y');
    const done = type('\r');
    expect(done.exitCode).toBe(0);
    expect(writes).toEqual([{ path: '/etc/profile', text: 'xy\n' }]);
  });

  it('^X then N drops the changes; ^X without changes exits at once; ^C cancels', () => {
    const dropped = editor('x\n');
    dropped.type('z\x18');
    expect(dropped.type('n').exitCode).toBe(0);
    expect(dropped.writes).toEqual([]);
    const cancelled = editor('x\n');
    cancelled.type('z\x0f');
    expect(row(cancelled.type('\x03').output, 22).trim()).toBe('[ Cancelled ]');
    expect(editor('x\n').type('\x18').exitCode).toBe(0);
  });

  it('Enter splits, Backspace joins, ^K cuts lines and ^U pastes them', () => {
    const { nano, type } = editor('one two\nthree\n');
    type('\x1b[C\x1b[C\x1b[C\r');
    expect(nano.text()).toBe('one\n two\nthree\n');
    type('\x7f');
    expect(nano.text()).toBe('one two\nthree\n');
    type('\x0b\x0b');
    expect(nano.text()).toBe('\n');
    type('\x15');
    expect(nano.text()).toBe('one two\nthree\n\n');
  });

  it('^W searches, wraps, and reports a missing text', () => {
    const { type } = editor('alpha\nbeta\nalpha2\n');
    type('\x1b[B');
    let out = type('\x17alpha\r');
    expect(row(out.output, 22)).toBe('');
    out = type('\x17\r');
    expect(row(out.output, 22).trim()).toBe('[ Search Wrapped ]');
    out = type('\x17zzz\r');
    expect(row(out.output, 22).trim()).toBe('[ "zzz" not found ]');
  });
});
