import { describe, expect, it } from 'vitest';
import { LessPager, wrapRows } from './less-pager';
import { MorePager } from './more-pager';
import { splitKeys } from './raw-keys';

const HUNDRED = Array.from({ length: 100 }, (_, i) => `line ${i + 1}`).join('\n') + '\n';

function bottom(output: string): string {
  const at = output.lastIndexOf('\x1b[24;1H');
  return output.slice(at + '\x1b[24;1H'.length).replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '');
}

function press(pager: LessPager, data: string) {
  let last: ReturnType<LessPager['key']> = { output: '' };
  for (const key of splitKeys(data)) last = pager.key(key);
  return last;
}

describe('less', () => {
  it('opens on the alternate screen with the file name as its first prompt', () => {
    const pager = new LessPager(HUNDRED, '/var/log/syslog');
    const first = pager.open();
    expect(first.startsWith('\x1b[?1049h')).toBe(true);
    expect(first).toContain('line 23');
    expect(first).not.toContain('line 24');
    expect(bottom(first)).toBe('/var/log/syslog');
  });

  it('Space, b, j, k, G and g move like less; (END) at the end', () => {
    const pager = new LessPager(HUNDRED, null);
    pager.open();
    press(pager, ' ');
    expect(pager.topLine()).toBe(23);
    press(pager, 'jj\x1b[B');
    expect(pager.topLine()).toBe(26);
    press(pager, 'k');
    expect(pager.topLine()).toBe(25);
    press(pager, 'b');
    expect(pager.topLine()).toBe(2);
    expect(bottom(press(pager, 'G').output)).toBe('(END)');
    expect(pager.topLine()).toBe(77);
    expect(bottom(press(pager, 'g').output)).toBe(':');
    expect(pager.topLine()).toBe(0);
  });

  it('/ searches forward and n repeats; a missing pattern says so', () => {
    const pager = new LessPager(HUNDRED, null);
    pager.open();
    expect(bottom(press(pager, '/line 5').output)).toBe('/line 5');
    press(pager, '\r');
    expect(pager.topLine()).toBe(4);
    press(pager, 'n');
    expect(pager.topLine()).toBe(49);
    expect(bottom(press(pager, '/nope\r').output)).toBe('Pattern not found  (press RETURN)');
  });

  it('q leaves the alternate screen and exits 0', () => {
    const pager = new LessPager('short\n', 'f');
    pager.open();
    const quit = press(pager, 'q');
    expect(quit.exitCode).toBe(0);
    expect(quit.output.endsWith('\x1b[?1049l')).toBe(true);
  });

  it('wraps long lines to the width, as less does without -S', () => {
    expect(wrapRows('abcdef\n\nxy\n', 4)).toEqual(['abcd', 'ef', '', 'xy']);
  });
});

describe('more', () => {
  it('shows a screen and --More--(NN%), Space the next, Enter one line, ends after the last', () => {
    const pager = new MorePager(HUNDRED, true);
    const first = pager.open();
    expect(first).toContain('line 23\n\x1b[7m--More--(23%)\x1b[27m');
    expect(pager.key('\r').output).toBe('\r\x1b[Kline 24\n\x1b[7m--More--(24%)\x1b[27m');
    let result = pager.key(' ');
    for (let i = 0; i < 5 && result.exitCode === undefined; i += 1) result = pager.key(' ');
    expect(result.exitCode).toBe(0);
    expect(result.output).toContain('line 100\n');
  });

  it('says --More-- without a percentage for stdin, and knows when text fits', () => {
    expect(new MorePager(HUNDRED, false).open().endsWith('\x1b[7m--More--\x1b[27m')).toBe(true);
    expect(new MorePager('a\nb\n', false).fits()).toBe(true);
    expect(new MorePager(HUNDRED, false).key('q').exitCode).toBe(0);
  });
});
