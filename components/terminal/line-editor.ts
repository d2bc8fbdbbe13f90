// The text of the line being typed and the cursor in it, with readline's editing moves.
// It knows nothing about the screen; line-view.ts draws it.

/** Characters that end a word for Ctrl-W (readline's unix-word-rubout: whitespace only). */
const WORD_SEPARATOR = /\s/;
/**
 * What a word is for Alt-B / Alt-F / Alt-D / Alt-Backspace: readline's forward-word and
 * backward-word take "letters and digits" (readline text.c rl_forward_word, rl_alphabetic()).
 */
const WORD_CHAR = /[\p{L}\p{N}]/u;
/** readline keeps the last ten kills (kill.c rl_max_kills = DEFAULT_MAX_KILLS 10). */
const KILL_RING_SIZE = 10;

export class LineEditor {
  /** One entry per code point, so the cursor never splits a surrogate pair. */
  private chars: string[] = [];
  private position = 0;
  /** Killed text, newest last; it outlives the line, as readline's kill ring does. */
  private readonly killRing: string[] = [];
  /** The previous key was a kill: the next kill joins its text (readline kill.c _rl_copy_to_kill_ring). */
  private killChain = false;
  /** Where the last yank put its text, so Alt-Y can swap it for an older kill. */
  private lastYank: { from: number; length: number; ringIndex: number } | null = null;

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

  /** Puts the cursor at `position` code points from the start (clamped to the line). */
  moveTo(position: number): void {
    this.position = Math.max(0, Math.min(this.chars.length, position));
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

  /** Alt-B: to the start of this or the previous word (letters and digits). */
  wordLeft(): boolean {
    const start = this.alnumWordStartBefore();
    const moved = start !== this.position;
    this.position = start;
    return moved;
  }

  /** Alt-F: to the end of this or the next word (letters and digits). */
  wordRight(): boolean {
    const end = this.alnumWordEndAfter();
    const moved = end !== this.position;
    this.position = end;
    return moved;
  }

  /** Ctrl-U: removes everything before the cursor, onto the kill ring. */
  killBefore(): boolean {
    return this.killRange(0, this.position, 'before');
  }

  /** Ctrl-K: removes everything from the cursor to the end, onto the kill ring. */
  killAfter(): boolean {
    return this.killRange(this.position, this.chars.length, 'after');
  }

  /** Ctrl-W: removes the whitespace-delimited word before the cursor, onto the kill ring. */
  killWordBefore(): boolean {
    return this.killRange(this.wordStartBefore(), this.position, 'before');
  }

  /** Alt-Backspace: removes the letters-and-digits word before the cursor. */
  killAlnumWordBefore(): boolean {
    return this.killRange(this.alnumWordStartBefore(), this.position, 'before');
  }

  /** Alt-D: removes up to the end of the next letters-and-digits word. */
  killAlnumWordAfter(): boolean {
    return this.killRange(this.position, this.alnumWordEndAfter(), 'after');
  }

  /** Ctrl-Y: inserts the newest kill at the cursor. */
  yank(): boolean {
    const text = this.killRing.at(-1);
    if (text === undefined) return false;
    const from = this.position;
    this.insert(text);
    this.lastYank = { from, length: Array.from(text).length, ringIndex: this.killRing.length - 1 };
    return true;
  }

  /** Alt-Y right after a yank: replaces the yanked text with the next older kill. */
  yankPop(): boolean {
    const last = this.lastYank;
    if (!last || this.killRing.length < 2) return false;
    const ringIndex = (last.ringIndex - 1 + this.killRing.length) % this.killRing.length;
    const text = this.killRing[ringIndex] ?? '';
    const added = Array.from(text);
    this.chars.splice(last.from, last.length, ...added);
    this.position = last.from + added.length;
    this.lastYank = { from: last.from, length: added.length, ringIndex };
    return true;
  }

  /**
   * Tells the editor which key came: any key but a kill ends the kill chain, any key but a yank
   * forgets where the yank was. The controller calls it before every key.
   */
  keyKind(kind: 'kill' | 'yank' | 'other'): void {
    if (kind !== 'kill') this.killChain = false;
    if (kind !== 'yank') this.lastYank = null;
  }

  private killRange(from: number, to: number, side: 'before' | 'after'): boolean {
    if (to <= from) return false;
    const killed = this.chars.splice(from, to - from).join('');
    this.position = from;
    const previous = this.killChain ? this.killRing.pop() : undefined;
    // Killing backwards prepends to the chained kill, forwards appends (readline kill.c).
    const text = previous === undefined ? killed : side === 'before' ? killed + previous : previous + killed;
    this.killRing.push(text);
    if (this.killRing.length > KILL_RING_SIZE) this.killRing.shift();
    this.killChain = true;
    return true;
  }

  private wordStartBefore(): number {
    let at = this.position;
    while (at > 0 && WORD_SEPARATOR.test(this.chars[at - 1] ?? '')) at -= 1;
    while (at > 0 && !WORD_SEPARATOR.test(this.chars[at - 1] ?? '')) at -= 1;
    return at;
  }

  private alnumWordStartBefore(): number {
    let at = this.position;
    while (at > 0 && !WORD_CHAR.test(this.chars[at - 1] ?? '')) at -= 1;
    while (at > 0 && WORD_CHAR.test(this.chars[at - 1] ?? '')) at -= 1;
    return at;
  }

  private alnumWordEndAfter(): number {
    let at = this.position;
    while (at < this.chars.length && !WORD_CHAR.test(this.chars[at] ?? '')) at += 1;
    while (at < this.chars.length && WORD_CHAR.test(this.chars[at] ?? '')) at += 1;
    return at;
  }
}
