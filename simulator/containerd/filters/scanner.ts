// containerd's filter scanner (filters/scanner.go at v1.6.20), over the UTF-8 bytes of the
// input as Go sees them: positions in parse errors are byte offsets, and `/`, `|` and `"`
// open a quoted literal (a single quote or a backtick does not: `name=='x'` compares with the
// three characters 'x').

export const EOF = -1;
export const QUOTED = -2;
export const VALUE = -3;
export const FIELD = -4;
export const SEPARATOR = -5;
export const OPERATOR = -6;
export const ILLEGAL = -7;

/** A scanned token: a kind above, or a plain character code (a token of its own). */
export interface Token {
  pos: number;
  kind: number;
  text: string;
}

const decoder = new TextDecoder();

/** The text of input bytes [from, to) (a partial rune becomes U+FFFD, as a terminal shows it). */
export function bytesText(bytes: Uint8Array, from: number, to = bytes.length): string {
  return decoder.decode(bytes.subarray(from, to));
}

/** utf8.DecodeRuneInString: the rune at i and its width; rune -2 (RuneError) for a bad sequence. */
function decodeRune(b: Uint8Array, i: number): [number, number] {
  const c = b[i];
  if (c === undefined) return [-2, 0];
  if (c < 0x80) return [c, 1];
  const need = c >= 0xf0 && c < 0xf8 ? 3 : c >= 0xe0 ? 2 : c >= 0xc2 && c < 0xe0 ? 1 : -1;
  if (need < 0) return [-2, 1];
  let r = c & (0x3f >> need);
  for (let k = 1; k <= need; k++) {
    const d = b[i + k];
    if (d === undefined || (d & 0xc0) !== 0x80) return [-2, 1];
    r = (r << 6) | (d & 0x3f);
  }
  const min = [0, 0x80, 0x800, 0x10000][need] ?? 0;
  if (r < min || r > 0x10ffff || (r >= 0xd800 && r <= 0xdfff)) return [-2, 1];
  // An encoded U+FFFD decodes as Go's RuneError too (with its width).
  return [r === 0xfffd ? -2 : r, need + 1];
}

const isFieldRune = (r: number) =>
  r === 0x5f || (r >= 0x41 && r <= 0x5a) || (r >= 0x61 && r <= 0x7a) || (r >= 0x30 && r <= 0x39);
const isOperatorRune = (r: number) => r === 0x3d || r === 0x21 || r === 0x7e; // = ! ~
const isQuoteRune = (r: number) => r === 0x2f || r === 0x7c || r === 0x22; // / | "
const isSeparatorRune = (r: number) => r === 0x2c || r === 0x2e; // , .
/** unicode.IsSpace. */
const isSpace = (r: number) => r >= 0 && /^\p{White_Space}$/u.test(String.fromCodePoint(r));
/** isValueRune: not `,`, not a space, and a letter, digit, number, graphic or punctuation rune. */
const isValueRune = (r: number) =>
  r >= 0 && r !== 0x2c && !isSpace(r) && /^[\p{L}\p{M}\p{N}\p{P}\p{S}\p{Zs}]$/u.test(String.fromCodePoint(r));

function digitVal(r: number): number {
  if (r >= 0x30 && r <= 0x39) return r - 0x30;
  if (r >= 0x61 && r <= 0x66) return r - 0x61 + 10;
  if (r >= 0x41 && r <= 0x46) return r - 0x41 + 10;
  return 16;
}

export class Scanner {
  pos = 0;
  ppos = 0;
  value = false;
  err = '';
  constructor(readonly input: Uint8Array) {}

  next(): number {
    if (this.pos >= this.input.length) return EOF;
    this.pos = this.ppos;
    const [r, w] = decodeRune(this.input, this.ppos);
    this.ppos += w;
    if (r === -2) {
      if (w > 0) {
        this.error('rune error');
        return ILLEGAL;
      }
      return EOF;
    }
    if (r === 0) {
      this.error('unexpected null');
      return ILLEGAL;
    }
    return r;
  }

  peek(): number {
    const { pos, ppos } = this;
    const ch = this.next();
    this.pos = pos;
    this.ppos = ppos;
    return ch;
  }

  scan(): Token {
    let ch = this.next();
    let pos = this.pos;
    const token = (kind: number): Token => ({ pos, kind, text: bytesText(this.input, pos, this.ppos) });
    for (;;) {
      if (ch === EOF || ch === ILLEGAL) break;
      if (isQuoteRune(ch)) return token(this.scanQuoted(ch) ? QUOTED : ILLEGAL);
      if (isSeparatorRune(ch)) {
        this.value = false;
        return token(SEPARATOR);
      }
      if (isOperatorRune(ch)) {
        while (isOperatorRune(this.peek())) this.next();
        this.value = true;
        return token(OPERATOR);
      }
      if (isSpace(ch)) {
        ch = this.next();
        pos = this.pos;
        continue;
      }
      if (this.value) {
        while (isValueRune(this.peek())) this.next();
        this.value = false;
        return token(VALUE);
      }
      if (isFieldRune(ch)) {
        while (isFieldRune(this.peek())) this.next();
        return token(FIELD);
      }
      break;
    }
    return { pos: this.pos, kind: ch, text: '' };
  }

  private scanQuoted(quote: number): boolean {
    let illegal = false;
    let ch = this.next();
    while (ch !== quote) {
      if (ch === 0x0a || ch < 0) {
        this.error('quoted literal not terminated');
        return false;
      }
      if (ch === 0x5c) {
        const [next, legal] = this.scanEscape(quote);
        ch = next;
        if (!legal) illegal = true;
      } else {
        ch = this.next();
      }
    }
    return !illegal;
  }

  private scanEscape(quote: number): [number, boolean] {
    const ch = this.next();
    if ((ch > 0 && 'abfnrtv\\'.includes(String.fromCodePoint(ch))) || ch === quote) return [this.next(), true];
    if (ch >= 0x30 && ch <= 0x37) return this.scanDigits(ch, 8, 3);
    if (ch === 0x78) return this.scanDigits(this.next(), 16, 2);
    if (ch === 0x75) return this.scanDigits(this.next(), 16, 4);
    if (ch === 0x55) return this.scanDigits(this.next(), 16, 8);
    this.error('illegal escape sequence');
    return [ch, false];
  }

  private scanDigits(first: number, base: number, count: number): [number, boolean] {
    let ch = first;
    let n = count;
    while (n > 0 && digitVal(ch) < base) {
      ch = this.next();
      n--;
    }
    if (n > 0) {
      this.error('illegal numeric escape sequence');
      return [ch, false];
    }
    return [ch, true];
  }

  private error(msg: string): void {
    if (this.err === '') this.err = msg;
  }
}
