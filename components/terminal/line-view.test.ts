import { describe, expect, it } from 'vitest';
import { displayWidth, LineView } from './line-view';
import { FakeScreen } from './test-doubles';

const PROMPT = 'root@node1:~# ';

describe('displayWidth', () => {
  it('counts wide characters as two cells and ignores escape sequences', () => {
    expect(displayWidth('ab')).toBe(2);
    expect(displayWidth('镜像')).toBe(4);
    expect(displayWidth('\x1b[32mok\x1b[0m')).toBe(2);
  });
});

describe('LineView', () => {
  it('draws prompt and text and leaves the cursor after the part before it', () => {
    const screen = new FakeScreen(80);
    const view = new LineView();
    view.begin(0);
    screen.write(view.render(PROMPT, 'ctr i ls', 'ctr', 80));
    expect(screen.lines()).toEqual([`${PROMPT}ctr i ls`]);
    expect(screen.x).toBe(PROMPT.length + 3);
  });

  it('redraws a line that wraps over several rows without leaving stale rows', () => {
    const cols = 20;
    const screen = new FakeScreen(cols);
    const view = new LineView();
    view.begin(0);
    const long = 'x'.repeat(40);
    screen.write(view.render(PROMPT, long, long, cols));
    expect(screen.lines()).toEqual([`${PROMPT}xxxxxx`, 'x'.repeat(20), 'x'.repeat(14)]);
    // Cursor home, then shorten the line: the wrapped rows must go away.
    screen.write(view.render(PROMPT, long, '', cols));
    expect([screen.y, screen.x]).toEqual([0, PROMPT.length]);
    screen.write(view.render(PROMPT, 'short', 'sh', cols));
    expect(screen.lines()).toEqual([`${PROMPT}short`]);
    expect([screen.y, screen.x]).toEqual([0, PROMPT.length + 2]);
  });

  it('handles a line that ends exactly at the right margin', () => {
    const cols = 20;
    const screen = new FakeScreen(cols);
    const view = new LineView();
    view.begin(0);
    const text = 'y'.repeat(cols - PROMPT.length);
    screen.write(view.render(PROMPT, text, text, cols));
    expect([screen.y, screen.x]).toEqual([1, 0]);
    screen.write(view.render(PROMPT, `${text}z`, `${text}z`, cols));
    expect(screen.lines()).toEqual([`${PROMPT}${text}`, 'z']);
    expect([screen.y, screen.x]).toEqual([1, 1]);
  });

  it('starts a prompt after output that did not end with a newline', () => {
    const screen = new FakeScreen(30);
    screen.write('partial');
    const view = new LineView();
    view.begin(screen.cursorX());
    screen.write(view.render('$ ', 'abc', 'a', 30));
    expect(screen.lines()).toEqual(['partial$ abc']);
    expect(screen.x).toBe('partial$ a'.length);
  });
});
