// `less` on a terminal: a screen of the text at a time on the alternate screen, with less's
// moving keys and prompts (GNU less 590: the first prompt names the file, then `:`, `(END)` at
// the end; "Pattern not found  (press RETURN)"). Pure: it answers each key with what to draw.
// Long lines wrap, as less does without -S.

import {
  ALT_SCREEN_OFF,
  ALT_SCREEN_ON,
  isKey,
  isPasteMarker,
  isPrintable,
  KEY,
  MOVE,
  REVERSE,
  SCREEN_COLS,
  SCREEN_ROWS,
  type Key,
} from './raw-keys';

/** The text cut into screen rows of `cols` cells (one code point is one cell here). */
export function wrapRows(text: string, cols: number): string[] {
  const body = text.endsWith('\n') ? text.slice(0, -1) : text;
  if (body === '') return [];
  const rows: string[] = [];
  for (const line of body.split('\n')) {
    const chars = Array.from(line);
    if (chars.length === 0) rows.push('');
    for (let at = 0; at < chars.length; at += cols) rows.push(chars.slice(at, at + cols).join(''));
  }
  return rows;
}

export class LessPager {
  private readonly lines: string[];
  private top = 0;
  private readonly page: number;
  /** What the bottom line says: null for the usual prompt. */
  private message: string | null = null;
  private searching: string | null = null;
  private lastSearch = '';
  private moved = false;
  private readonly rows: number;

  constructor(
    text: string,
    private readonly name: string | null,
    size: { rows: number; cols: number } = { rows: SCREEN_ROWS, cols: SCREEN_COLS },
  ) {
    this.rows = size.rows;
    this.lines = wrapRows(text, size.cols);
    this.page = this.rows - 1;
  }

  open(): string {
    return ALT_SCREEN_ON + this.render();
  }

  /** The first line shown (for tests). */
  topLine(): number {
    return this.top;
  }

  key(key: Key): { output: string; exitCode?: number } {
    if (isPasteMarker(key)) return { output: '' };
    if (this.searching !== null) return { output: this.searchKey(key) };
    if (this.message !== null && this.message.endsWith('(press RETURN)')) {
      this.message = null;
      if (key === '\r' || key === '\n') return { output: this.render() };
    }
    this.message = null;
    this.moved = true;
    if (key === 'q' || key === 'Q' || key === 'Z' || key === '\x03') {
      return { output: `${MOVE(this.rows, 1)}\x1b[K${ALT_SCREEN_OFF}`, exitCode: 0 };
    }
    if (key === ' ' || key === 'f' || key === '\x06' || key === '\x16' || isKey(key, KEY.pageDown)) this.scroll(this.page);
    else if (key === 'b' || key === '\x02' || key === '\x1bv' || isKey(key, KEY.pageUp)) this.scroll(-this.page);
    else if (key === 'd' || key === '\x04') this.scroll(Math.floor(this.page / 2));
    else if (key === 'u' || key === '\x15') this.scroll(-Math.floor(this.page / 2));
    else if (key === 'j' || key === 'e' || key === '\r' || key === '\n' || key === '\x0e' || isKey(key, KEY.down)) this.scroll(1);
    else if (key === 'k' || key === 'y' || key === '\x10' || key === '\x0b' || isKey(key, KEY.up)) this.scroll(-1);
    else if (key === 'g' || key === '<' || isKey(key, KEY.home)) this.top = 0;
    else if (key === 'G' || key === '>' || isKey(key, KEY.end)) this.top = this.lastTop();
    else if (key === '/') this.searching = '';
    else if (key === 'n' || key === 'N') {
      if (this.lastSearch === '') this.message = 'No previous regular expression';
      else this.search(this.lastSearch, key === 'n' ? 1 : -1);
    }
    return { output: this.render() };
  }

  private lastTop(): number {
    return Math.max(0, this.lines.length - this.page);
  }

  private scroll(delta: number): void {
    this.top = Math.max(0, Math.min(this.lastTop(), this.top + delta));
  }

  private searchKey(key: Key): string {
    const typed = this.searching ?? '';
    if (key === '\x1b' || key === '\x03' || ((key === '\x7f' || key === '\b') && typed === '')) {
      this.searching = null;
    } else if (key === '\x7f' || key === '\b') {
      this.searching = Array.from(typed).slice(0, -1).join('');
    } else if (key === '\r' || key === '\n') {
      this.searching = null;
      if (typed !== '') this.lastSearch = typed;
      if (this.lastSearch !== '') this.search(this.lastSearch, 1);
    } else if (isPrintable(key)) {
      this.searching = typed + key;
    }
    return this.render();
  }

  /** less searches from the line after the top one and puts the match at the top of the screen. */
  private search(pattern: string, direction: 1 | -1): void {
    for (let index = this.top + direction; index >= 0 && index < this.lines.length; index += direction) {
      if ((this.lines[index] ?? '').includes(pattern)) {
        this.top = index; // less may show `~` rows past the end to keep the match on top
        return;
      }
    }
    this.message = 'Pattern not found  (press RETURN)';
  }

  private render(): string {
    let out = '\x1b[H';
    for (let row = 0; row < this.page; row += 1) {
      const line = this.lines[this.top + row];
      out += `${MOVE(row + 1, 1)}${line === undefined ? '~' : line}\x1b[K`;
    }
    return `${out}${MOVE(this.rows, 1)}${this.prompt()}\x1b[K`;
  }

  private prompt(): string {
    if (this.searching !== null) return `/${this.searching}`;
    if (this.message !== null) return REVERSE(this.message);
    if (this.top + this.page >= this.lines.length) return REVERSE('(END)');
    if (!this.moved && this.name !== null) return REVERSE(this.name);
    return ':';
  }
}
