// strconv's Quote, QuoteToASCII, QuoteRune and Unquote as text/template uses them: %q and
// %+q in printf, item text in parse errors (%q), and the string and character literals of a
// template (`"a\tb"`, `'x'`, raw `back quotes`). Printability follows simulator/go/quote.ts.

import { goQuote } from '../quote';

/** strconv.Quote, or QuoteToASCII when `ascii`. */
export function quoteGo(s: string, ascii = false): string {
  if (!ascii) return goQuote(s);
  let out = '"';
  for (const ch of goQuote(s).slice(1, -1).match(/\\.|[^\\]/gsu) ?? []) {
    const cp = ch.codePointAt(0) ?? 0;
    if (ch.length > 1 || cp < 0x80) out += ch;
    else if (cp < 0x10000) out += `\\u${cp.toString(16).padStart(4, '0')}`;
    else out += `\\U${cp.toString(16).padStart(8, '0')}`;
  }
  return `${out}"`;
}

/** strconv.QuoteRune. */
export function quoteRuneGo(r: number): string {
  if (r === 0x27) return `'\\''`;
  if (r === 0x22) return `'"'`;
  return `'${goQuote(String.fromCodePoint(r)).slice(1, -1)}'`;
}

const SIMPLE: Record<string, string> = { a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\' };

/** strconv.Unquote; undefined for text Go rejects ("invalid syntax"). */
export function unquoteGo(text: string): string | undefined {
  if (text.length < 2) return undefined;
  const q = text[0];
  if (q !== text[text.length - 1]) return undefined;
  const body = text.slice(1, -1);
  if (q === '`') return body.includes('`') ? undefined : body.replace(/\r/g, '');
  if (q !== '"' && q !== "'") return undefined;
  let out = '';
  let i = 0;
  while (i < body.length) {
    const c = body[i] as string;
    if (c === q || c === '\n') return undefined;
    if (c !== '\\') {
      const cp = body.codePointAt(i) ?? 0;
      const ch = String.fromCodePoint(cp);
      out += ch;
      i += ch.length;
      continue;
    }
    const e = body[i + 1];
    if (e === undefined) return undefined;
    i += 2;
    if (e in SIMPLE) out += SIMPLE[e];
    else if (e === q) out += e;
    else if (e === 'x' || e === 'u' || e === 'U') {
      const len = e === 'x' ? 2 : e === 'u' ? 4 : 8;
      const hex = body.slice(i, i + len);
      if (hex.length < len || !/^[0-9a-fA-F]+$/.test(hex)) return undefined;
      const v = Number.parseInt(hex, 16);
      i += len;
      if (e === 'x') out += q === "'" ? String.fromCodePoint(v) : String.fromCharCode(v);
      else {
        if (v > 0x10ffff || (v >= 0xd800 && v <= 0xdfff)) return undefined;
        out += String.fromCodePoint(v);
      }
    } else if (e >= '0' && e <= '7') {
      const oct = body.slice(i - 1, i + 2);
      if (!/^[0-7]{3}$/.test(oct)) return undefined;
      const v = Number.parseInt(oct, 8);
      if (v > 255) return undefined;
      out += String.fromCharCode(v);
      i += 2;
    } else return undefined;
  }
  if (q === "'" && Array.from(out).length !== 1) return undefined;
  return out;
}
