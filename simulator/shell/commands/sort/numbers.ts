// sort's numeric orderings under C.UTF-8 (decimal point '.', no thousands separator):
// -n (numcompare over gnulib's strnumcmp), -h (human_numcompare: the unit first, then the
// number), -g (general_numcompare over strtold) and -M (getmonth). Each takes a key's bytes.
// Source: coreutils 9.1 src/sort.c and lib/strnumcmp-in.h; written anew from their behaviour.

import { isBlank } from './key';

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function skipBlanks(s: string): number {
  let i = 0;
  while (i < s.length && isBlank(s.charCodeAt(i))) i++;
  return i;
}

interface Decimal {
  negative: boolean;
  /** Integer digits without leading zeros. */
  whole: string;
  /** Fraction digits without trailing zeros. */
  fraction: string;
  /** Index just past the number's digits (where a unit would sit). */
  end: number;
}

/** The leading `-?digits[.digits]` of s from `at`; a missing number reads as zero. */
function readDecimal(s: string, at: number): Decimal {
  let i = at;
  const negative = s[i] === '-';
  if (negative) i++;
  const wholeStart = i;
  while (i < s.length && isDigit(s.charCodeAt(i))) i++;
  const whole = s.slice(wholeStart, i).replace(/^0+/, '');
  let fraction = '';
  if (s[i] === '.') {
    const start = ++i;
    while (i < s.length && isDigit(s.charCodeAt(i))) i++;
    fraction = s.slice(start, i).replace(/0+$/, '');
  }
  return { negative, whole, fraction, end: i };
}

function compareMagnitude(a: Decimal, b: Decimal): number {
  if (a.whole.length !== b.whole.length) return a.whole.length < b.whole.length ? -1 : 1;
  if (a.whole !== b.whole) return a.whole < b.whole ? -1 : 1;
  if (a.fraction !== b.fraction) return a.fraction < b.fraction ? -1 : 1;
  return 0;
}

function compareDecimals(a: Decimal, b: Decimal): number {
  const aZero = a.whole === '' && a.fraction === '';
  const bZero = b.whole === '' && b.fraction === '';
  const aSign = aZero ? 0 : a.negative ? -1 : 1;
  const bSign = bZero ? 0 : b.negative ? -1 : 1;
  if (aSign !== bSign) return aSign < bSign ? -1 : 1;
  const m = compareMagnitude(a, b);
  return aSign < 0 ? -m : m;
}

/** -n: leading blanks, then the number's value; text that is no number counts as 0. */
export function numericCompare(a: string, b: string): number {
  return compareDecimals(readDecimal(a, skipBlanks(a)), readDecimal(b, skipBlanks(b)));
}

const UNIT_ORDER: Readonly<Record<string, number>> = { K: 1, k: 1, M: 2, G: 3, T: 4, P: 5, E: 6, Z: 7, Y: 8 };

/** The unit's rank right after a non-zero number (find_unit_order), negative for a negative one. */
function unitOrder(d: Decimal, s: string): number {
  if (d.whole === '' && d.fraction === '') return 0;
  const order = UNIT_ORDER[s[d.end] ?? ''] ?? 0;
  return d.negative ? -order : order;
}

/** -h: the unit decides first (none < K < M < G…), then the number. */
export function humanCompare(a: string, b: string): number {
  const da = readDecimal(a, skipBlanks(a));
  const db = readDecimal(b, skipBlanks(b));
  const diff = unitOrder(da, a) - unitOrder(db, b);
  return diff !== 0 ? diff : compareDecimals(da, db);
}

const STRTOD = /^[ \t\n\v\f\r]*([+-]?)(?:(0[xX](?:[0-9a-fA-F]+\.?[0-9a-fA-F]*|\.[0-9a-fA-F]+)(?:[pP][+-]?\d+)?)|((?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)|(inf(?:inity)?|nan(?:\([0-9A-Za-z_]*\))?))/i;

/** What strtold reads at the start of s, or undefined when it reads nothing. */
function strtod(s: string): number | undefined {
  const m = STRTOD.exec(s);
  if (!m) return undefined;
  const sign = m[1] === '-' ? -1 : 1;
  if (m[2]) {
    const [mantissa = '', exponent = '0'] = m[2].slice(2).split(/[pP]/);
    const [int = '', frac = ''] = mantissa.split('.');
    const digits = parseInt(`${int}${frac}` || '0', 16);
    return sign * digits * 2 ** (Number(exponent) - 4 * frac.length);
  }
  if (m[3]) return sign * Number(m[3]);
  return (m[4] ?? '').toLowerCase().startsWith('inf') ? sign * Infinity : NaN;
}

/** -g: text that reads as no number first, then NaN, then numbers by value. */
export function generalNumericCompare(a: string, b: string): number {
  const x = strtod(a);
  const y = strtod(b);
  if (x === undefined) return y === undefined ? 0 : -1;
  if (y === undefined) return 1;
  if (x < y) return -1;
  if (x > y) return 1;
  if (x === y) return 0;
  if (!Number.isNaN(y)) return -1;
  if (!Number.isNaN(x)) return 1;
  return 0;
}

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];

/** -M's month number of s (1–12), 0 when it starts with no month's abbreviation. */
function month(s: string): number {
  const head = s.slice(skipBlanks(s), skipBlanks(s) + 3).toUpperCase();
  return MONTHS.indexOf(head) + 1;
}

export function monthCompare(a: string, b: string): number {
  return month(a) - month(b);
}
