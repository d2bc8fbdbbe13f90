// Go's strconv number parsing as Go's `flag` package calls it: ParseInt/ParseUint with base 0
// (0x, 0o, 0b and leading-0 octal prefixes, `_` between digits) and ParseFloat(s, 64). Only the
// failure kind matters to a flag error: a syntax error prints `parse error`, a range error
// `value out of range`.

import { goQuote } from './quote';

export type GoNumError = 'parse error' | 'value out of range';

export type GoParsed<T> = { ok: true; value: T } | { ok: false; error: GoNumError };

const fail = (error: GoNumError): { ok: false; error: GoNumError } => ({ ok: false, error });

/** strconv's underscoreOK: `_` only between digits (a base prefix counts as a digit). */
function underscoreOK(text: string): boolean {
  let s = text;
  if (s.startsWith('-') || s.startsWith('+')) s = s.slice(1);
  let saw = '^';
  let i = 0;
  let hex = false;
  if (s.length >= 2 && s[0] === '0' && /[bBoOxX]/.test(s[1] ?? '')) {
    i = 2;
    saw = '0';
    hex = s[1] === 'x' || s[1] === 'X';
  }
  for (; i < s.length; i++) {
    const ch = s[i] ?? '';
    if ((ch >= '0' && ch <= '9') || (hex && /[a-fA-F]/.test(ch))) {
      saw = '0';
      continue;
    }
    if (ch === '_') {
      if (saw !== '0') return false;
      saw = '_';
      continue;
    }
    if (saw === '_') return false;
    saw = '!';
  }
  return saw !== '_';
}

function digitValue(ch: string): number {
  const c = ch.toLowerCase();
  if (c >= '0' && c <= '9') return c.charCodeAt(0) - 48;
  if (c >= 'a' && c <= 'z') return c.charCodeAt(0) - 87;
  return 99;
}

/** strconv.ParseUint(text, 0, bits). */
export function parseGoUint(text: string, bits = 64): GoParsed<bigint> {
  if (text === '') return fail('parse error');
  const max = (1n << BigInt(bits)) - 1n;
  let s = text;
  let base = 10;
  if (s[0] === '0') {
    const p = (s[1] ?? '').toLowerCase();
    if (s.length >= 3 && p === 'b') [base, s] = [2, s.slice(2)];
    else if (s.length >= 3 && p === 'o') [base, s] = [8, s.slice(2)];
    else if (s.length >= 3 && p === 'x') [base, s] = [16, s.slice(2)];
    else [base, s] = [8, s.slice(1)];
  }
  let n = 0n;
  let underscores = false;
  for (const ch of s) {
    if (ch === '_') {
      underscores = true;
      continue;
    }
    const d = digitValue(ch);
    if (d >= base) return fail('parse error');
    n = n * BigInt(base) + BigInt(d);
    // Go stops at the first overflow, before looking at the rest of the text.
    if (n > max) return fail('value out of range');
  }
  if (underscores && !underscoreOK(text)) return fail('parse error');
  return { ok: true, value: n };
}

/** strconv.ParseInt(text, 0, bits). */
export function parseGoInt(text: string, bits = 64): GoParsed<bigint> {
  if (text === '') return fail('parse error');
  const negative = text[0] === '-';
  const body = text[0] === '-' || text[0] === '+' ? text.slice(1) : text;
  const u = parseGoUint(body, 64);
  if (!u.ok) return u;
  // An underscore right after the sign is as wrong as one at the start.
  if (body.includes('_') && !underscoreOK(text)) return fail('parse error');
  const limit = 1n << BigInt(bits - 1);
  if (!negative && u.value >= limit) return fail('value out of range');
  if (negative && u.value > limit) return fail('value out of range');
  return { ok: true, value: negative ? -u.value : u.value };
}

const SPECIAL = /^([+-]?)(inf|infinity|nan)$/i;
const DECIMAL = /^[+-]?(?:\d[\d_]*\.?[\d_]*|\.[\d_]+)(?:[eE][+-]?[\d_]+)?$/;
const HEX = /^([+-]?)0[xX]((?:[\da-fA-F_]*\.?[\da-fA-F_]*))[pP]([+-]?[\d_]+)$/;

/** Value of a hex mantissa ("1.8") times 2^exp. */
function hexFloat(mantissa: string, exp: number): number {
  const [int = '', frac = ''] = mantissa.split('.');
  let v = 0;
  for (const ch of int) v = v * 16 + digitValue(ch);
  let scale = 1 / 16;
  for (const ch of frac) {
    v += digitValue(ch) * scale;
    scale /= 16;
  }
  return v * 2 ** exp;
}

/** strconv.ParseFloat(text, 64). */
export function parseGoFloat(text: string): GoParsed<number> {
  const special = SPECIAL.exec(text);
  if (special) {
    const word = (special[2] ?? '').toLowerCase();
    // Go takes a sign before Inf but not before NaN.
    if (word === 'nan') return special[1] === '' ? { ok: true, value: Number.NaN } : fail('parse error');
    return { ok: true, value: special[1] === '-' ? -Infinity : Infinity };
  }
  if (text.includes('_') && !underscoreOK(text)) return fail('parse error');
  const plain = text.replaceAll('_', '');
  let value: number;
  const hex = HEX.exec(text);
  if (hex) {
    const mantissa = (hex[2] ?? '').replaceAll('_', '');
    if (mantissa === '' || mantissa === '.') return fail('parse error');
    value = hexFloat(mantissa, Number((hex[3] ?? '').replaceAll('_', '')));
    if (hex[1] === '-') value = -value;
  } else if (DECIMAL.test(text) && /\d/.test(plain.split(/[eE]/)[0] ?? '')) {
    value = Number(plain);
  } else {
    return fail('parse error');
  }
  if (Number.isNaN(value)) return fail('parse error');
  // A finite literal beyond float64's range is Go's range error (it would round to ±Inf).
  if (!Number.isFinite(value)) return fail('value out of range');
  return { ok: true, value };
}

/** strconv.ParseBool's spellings; `strconv.ParseBool: parsing "x": invalid syntax` otherwise. */
export function goParseBool(text: string): boolean {
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(text)) return true;
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(text)) return false;
  throw new Error(`strconv.ParseBool: parsing ${goQuote(text)}: invalid syntax`);
}

/** strconv.Atoi (base 10, an optional sign, no `_`); its error texts as Go words them. */
export function goAtoi(text: string): number {
  if (!/^[+-]?\d+$/.test(text)) throw new Error(`strconv.Atoi: parsing ${goQuote(text)}: invalid syntax`);
  const value = BigInt(text);
  if (value > 2n ** 63n - 1n || value < -(2n ** 63n)) throw new Error(`strconv.Atoi: parsing ${goQuote(text)}: value out of range`);
  return Number(value);
}
