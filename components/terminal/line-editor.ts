// The text of the line being typed and the cursor in it, with readline's editing moves.
// It knows nothing about the screen; line-view.ts draws it.

/** Characters that end a word for Ctrl-W and word moves (readline's unix-word-rubout uses space). */
const WORD_SEPARATOR = /\s/;

export class LineEditor {
  /** One entry per code point, so the cursor never splits a surrogate pair. */
  private chars: string[] = [];
  private position = 0;

  text(): string {
    return this.chars.join('');
  }

  /** The cursor, in code points from the start of the line. */
  cursor(): number {
    return this.position;
  }

  beforeCursor(): string {
    return this.chars.slice(0, this.position).join('');
  }

  afterCursor(): string {
    return this.chars.slice(this.position).join('');
  }

  /** Replaces the whole line and puts the cursor at its end. */
  set(text: string): void {
    this.chars = Array.from(text);
    this.position = this.chars.length;
  }

  clear(): void {
    this.set('');
  }

  insert(text: string): void {
    const added = Array.from(text);
    this.chars.splice(this.position, 0, ...added);
    this.position += added.length;
  }

  /** Replaces the `count` code points before the cursor with `text` (Tab completion). */
  replaceBefore(count: number, text: string): void {
    const from = Math.max(0, this.position - count);
    const added = Array.from(text);
    this.chars.splice(from, this.position - from, ...added);
    this.position = from + added.length;
  }

  backspace(): boolean {
    if (this.position === 0) return false;
    this.chars.splice(this.position - 1, 1);
    this.position -= 1;
    return true;
  }

  deleteForward(): boolean {
    if (this.position >= this.chars.length) return false;
    this.chars.splice(this.position, 1);
    return true;
  }

  left(): boolean {
    if (this.position === 0) return false;
    this.position -= 1;
    return true;
  }

  right(): boolean {
    if (this.position >= this.chars.length) return false;
    this.position += 1;
    return true;
  }

  home(): boolean {
    const moved = this.position !== 0;
    this.position = 0;
    return moved;
  }

  end(): boolean {
    const moved = this.position !== this.chars.length;
    this.position = this.chars.length;
    return moved;
  }

  wordLeft(): boolean {
    const start = this.wordStartBefore();
    const moved = start !== this.position;
    this.position = start;
    return moved;
  }

  wordRight(): boolean {
    let at = this.position;
    while (at < this.chars.length && WORD_SEPARATOR.test(this.chars[at] ?? '')) at += 1;
    while (at < this.chars.length && !WORD_SEPARATOR.test(this.chars[at] ?? '')) at += 1;
    const moved = at !== this.position;
    this.position = at;
    return moved;
  }

  /** Ctrl-U: removes everything before the cursor. */
  killBefore(): boolean {
    if (this.position === 0) return false;
    this.chars.splice(0, this.position);
    this.position = 0;
    return true;
  }

  /** Ctrl-K: removes everything from the cursor to the end. */
  killAfter(): boolean {
    if (this.position >= this.chars.length) return false;
    this.chars.splice(this.position);
    return true;
  }

  /** Ctrl-W: removes the word before the cursor and the blanks after it. */
  killWordBefore(): boolean {
    const start = this.wordStartBefore();
    if (start === this.position) return false;
    this.chars.splice(start, this.position - start);
    this.position = start;
    return true;
  }

  private wordStartBefore(): number {
    let at = this.position;
    while (at > 0 && WORD_SEPARATOR.test(this.chars[at - 1] ?? '')) at -= 1;
    while (at > 0 && !WORD_SEPARATOR.test(this.chars[at - 1] ?? '')) at -= 1;
    return at;
  }
}
