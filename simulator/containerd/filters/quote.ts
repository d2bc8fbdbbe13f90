// containerd's unquote of a filter literal (filters/quote.go at v1.6.20): Go string syntax,
// with `/` and `|` accepted as double quotes so regular expressions can be written
// `name~=/nginx:/`. Works on UTF-8 bytes (a `\x` escape makes one byte, as in Go).

const encoder = new TextEncoder();

/** Thrown for errQuoteSyntax ("quote syntax error"). */
export class QuoteSyntaxError extends Error {
  constructor() {
    super('quote syntax error');
  }
}

function unhex(b: number | undefined): number | undefined {
  if (b === undefined) return undefined;
  if (b >= 0x30 && b <= 0x39) return b - 0x30;
  if (b >= 0x61 && b <= 0x66) return b - 0x61 + 10;
  if (b >= 0x41 && b <= 0x46) return b - 0x41 + 10;
  return undefined;
}

const SIMPLE: Record<number, number> = { 0x61: 7, 0x62: 8, 0x66: 12, 0x6e: 10, 0x72: 13, 0x74: 9, 0x76: 11, 0x5c: 0x5c };

/** One escape after a backslash at s[i] (i points at the character after it): bytes and the next index. */
function unescape(s: Uint8Array, i: number, quote: number): [number[], number] {
  const c = s[i];
  if (c === undefined) throw new QuoteSyntaxError();
  const simple = SIMPLE[c];
  if (simple !== undefined) return [[simple], i + 1];
  if (c === 0x78 || c === 0x75 || c === 0x55) {
    const n = c === 0x78 ? 2 : c === 0x75 ? 4 : 8;
    let v = 0;
    for (let j = 0; j < n; j++) {
      const x = unhex(s[i + 1 + j]);
      if (x === undefined) throw new QuoteSyntaxError();
      v = v * 16 + x;
    }
    if (c === 0x78) return [[v], i + 1 + n];
    if (v > 0x10ffff) throw new QuoteSyntaxError();
    // A surrogate half encodes as U+FFFD, as Go's utf8.EncodeRune does.
    return [[...encoder.encode(String.fromCodePoint(v >= 0xd800 && v <= 0xdfff ? 0xfffd : v))], i + 1 + n];
  }
  if (c >= 0x30 && c <= 0x37) {
    let v = c - 0x30;
    for (let j = 1; j <= 2; j++) {
      const d = s[i + j];
      if (d === undefined || d < 0x30 || d > 0x37) throw new QuoteSyntaxError();
      v = v * 8 + (d - 0x30);
    }
    if (v > 255) throw new QuoteSyntaxError();
    return [[v], i + 3];
  }
  if ((c === 0x27 || c === 0x22 || c === 0x7c || c === 0x2f) && c === quote) return [[c], i + 1];
  throw new QuoteSyntaxError();
}

/** unquote: the literal's value; throws QuoteSyntaxError. */
export function unquote(literal: Uint8Array): Uint8Array {
  const n = literal.length;
  const quote = literal[0];
  if (n < 2 || quote === undefined || quote !== literal[n - 1]) throw new QuoteSyntaxError();
  const body = literal.subarray(1, n - 1);
  if (quote === 0x60) {
    if (body.includes(0x60)) throw new QuoteSyntaxError();
    return body.filter((b) => b !== 0x0d);
  }
  // (The scanner opens literals only with ", / and |; Go's one-rune '…' form never reaches here.)
  if (quote !== 0x22 && quote !== 0x7c && quote !== 0x2f) throw new QuoteSyntaxError();
  if (body.includes(0x0a)) throw new QuoteSyntaxError();
  const out: number[] = [];
  let i = 0;
  while (i < body.length) {
    const c = body[i] ?? 0;
    if (c === quote) throw new QuoteSyntaxError();
    if (c === 0x5c) {
      const [bytes, next] = unescape(body, i + 1, quote);
      out.push(...bytes);
      i = next;
    } else {
      out.push(c);
      i++;
    }
  }
  return Uint8Array.from(out);
}
