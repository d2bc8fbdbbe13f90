// `more` on a terminal (util-linux 2.38 text-utils/more.c): prints a screen, then waits at a
// reverse-video `--More--(NN%)` (the percentage only for a file); Space shows the next screen,
// Enter the next line, q quits, and it ends by itself after the last line. It writes on the
// normal screen, not the alternate one, so what was read stays in the scrollback.

import { isPasteMarker, REVERSE, SCREEN_COLS, SCREEN_ROWS, type Key } from './raw-keys';
import { wrapRows } from './less-pager';

export class MorePager {
  private readonly lines: string[];
  private shown = 0;
  private readonly page: number;

  constructor(
    text: string,
    private readonly isFile: boolean,
    size: { rows: number; cols: number } = { rows: SCREEN_ROWS, cols: SCREEN_COLS },
  ) {
    this.lines = wrapRows(text, size.cols);
    this.page = size.rows - 1;
  }

  /** True when the whole text fits on one screen: more then just prints it. */
  fits(): boolean {
    return this.lines.length <= this.page;
  }

  open(): string {
    return this.show(this.page);
  }

  key(key: Key): { output: string; exitCode?: number } {
    if (isPasteMarker(key)) return { output: '' };
    const erase = '\r\x1b[K';
    if (key === 'q' || key === 'Q' || key === '\x03') return { output: erase, exitCode: 0 };
    if (key === ' ' || key === 'f') return this.next(erase + this.show(this.page));
    if (key === '\r' || key === '\n') return this.next(erase + this.show(1));
    if (key === 'd' || key === '\x04') return this.next(erase + this.show(Math.floor(this.page / 2)));
    return { output: '' };
  }

  private next(output: string): { output: string; exitCode?: number } {
    return this.shown >= this.lines.length ? { output, exitCode: 0 } : { output };
  }

  private show(count: number): string {
    const rows = this.lines.slice(this.shown, this.shown + count);
    this.shown += rows.length;
    let out = rows.map((row) => `${row}\n`).join('');
    if (this.shown < this.lines.length) {
      const percent = Math.floor((this.shown * 100) / this.lines.length);
      out += REVERSE(this.isFile ? `--More--(${percent}%)` : '--More--');
    }
    return out;
  }
}
