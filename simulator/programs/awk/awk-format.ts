// awk's printf and sprintf (editors/awk.c awk_printf): each `%…X` spec of the format is handed to
// C's printf with one argument, the number cast to int for diouxX, a double for eEfFgGaA, the
// string for s, a char for c; `%*` is refused, an unknown letter is `Invalid format specifier`,
// a spec with no letter before the end prints as it is. Missing arguments are empty (0).

import { formatDouble, pad } from '../printf';
import { AwkError, isNumeric, toNum, type Value, UNINIT } from './awk-values';

/** (int)d as x86-64 converts: out of range (or NaN) is INT_MIN. */
function toInt(d: number): number {
  if (!Number.isFinite(d) || d >= 2 ** 31 || d <= -(2 ** 31) - 1) return -(2 ** 31);
  return Math.trunc(d);
}

/** One C conversion `%[flags][width][.prec]X` of a number or string. */
export function cConvert(spec: string, arg: number | string): string {
  const m = /^%([-+ #0]*)(\d*)(?:\.(\d*))?([a-zA-Z])$/.exec(spec);
  if (!m) return spec;
  const flags = m[1] ?? '';
  const width = m[2] ? Number(m[2]) : undefined;
  const precision = m[3] === undefined ? undefined : Number(m[3] || '0');
  const conv = m[4] ?? '';
  const left = flags.includes('-');
  const zero = flags.includes('0') && !left;
  if (conv === 's') {
    const s = String(arg);
    return pad(precision === undefined ? s : s.slice(0, precision), width, left, false);
  }
  if (conv === 'c') return pad(String(arg), width, left, false);
  if ('diouxX'.includes(conv)) {
    const n = toInt(typeof arg === 'number' ? arg : Number(arg));
    let sign = '';
    let digits: string;
    if (conv === 'd' || conv === 'i') {
      sign = n < 0 ? '-' : flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '';
      digits = String(Math.abs(n));
    } else {
      const u = n >>> 0;
      digits = u.toString(conv === 'o' ? 8 : conv === 'u' ? 10 : 16);
      if (conv === 'X') digits = digits.toUpperCase();
      if (flags.includes('#') && u !== 0 && conv !== 'u') {
        if (conv === 'o') digits = `0${digits}`;
        else sign = conv === 'x' ? '0x' : '0X';
      }
    }
    if (precision !== undefined) digits = precision === 0 && digits === '0' ? '' : digits.padStart(precision, '0');
    return pad(digits, width, left, zero && precision === undefined, sign);
  }
  const x = typeof arg === 'number' ? arg : Number(arg);
  const sign = x < 0 || Object.is(x, -0) ? '-' : flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '';
  const c = conv === 'F' ? 'f' : conv === 'a' ? 'e' : conv === 'A' ? 'E' : conv;
  const alt = flags.includes('#');
  let body = c === 'e' || c === 'E' ? exponentialC(Math.abs(x), precision ?? 6, c === 'E') : formatDouble(Math.abs(x), c, precision ?? 6, alt);
  // `#` keeps the point of a conversion with no decimals.
  if (alt && precision === 0 && Number.isFinite(x) && 'fFeE'.includes(c)) body = body.replace(/^(\d+)/, '$1.');
  if (conv === 'F') body = body.toUpperCase();
  return pad(body, width, left, zero && Number.isFinite(x), sign);
}

/** %e of x (>= 0) as glibc rounds it: an exact tie goes to the even digit. */
function exponentialC(x: number, digits: number, upper: boolean): string {
  if (!Number.isFinite(x)) return formatDouble(x, upper ? 'E' : 'e', digits, false);
  let s = x.toExponential(digits);
  const wide = x.toExponential(Math.min(100, digits + 25));
  const at = wide.indexOf('e');
  const kept = wide.slice(0, digits === 0 ? 1 : digits + 2);
  // A tie whose kept digit is even stays truncated; JavaScript would have rounded it up.
  if (/^50*$/.test(wide.slice(digits + 2, at)) && Number(kept.at(-1)) % 2 === 0) s = kept + wide.slice(at);
  const [mant = '', exp = '0'] = s.split('e');
  const e = Number(exp);
  const text = `${mant}e${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(2, '0')}`;
  return upper ? text.toUpperCase() : text;
}

/**
 * awk_printf: `format` with `args` (evaluated lazily in order, as busybox evaluates one per spec);
 * `str` turns a value into its string (CONVFMT).
 */
export function awkPrintf(format: string, next: () => Value | undefined, str: (v: Value) => string): string {
  let out = '';
  let i = 0;
  while (i < format.length) {
    const pct = format.indexOf('%', i);
    if (pct < 0) {
      out += format.slice(i);
      break;
    }
    out += format.slice(i, pct);
    if (pct + 1 >= format.length) {
      out += '%';
      break;
    }
    if (format[pct + 1] === '%') {
      out += '%';
      i = pct + 2;
      continue;
    }
    let j = pct + 1;
    while (j < format.length && !/[a-zA-Z]/.test(format[j] ?? '')) {
      if (format[j] === '*') throw new AwkError('%*x formats are not supported');
      j++;
    }
    if (j >= format.length) {
      out += format.slice(pct);
      break;
    }
    const spec = format.slice(pct, j + 1);
    const conv = format[j] ?? '';
    const arg = next() ?? UNINIT;
    if (conv === 'c') {
      const code = isNumeric(arg) ? toInt(toNum(arg)) & 0xff : (str(arg)[0] ?? '').charCodeAt(0) || 0;
      out += cConvert(spec, String.fromCharCode(code));
    } else if (conv === 's') out += cConvert(spec, str(arg));
    else if ('diouxXeEfFgGaA'.includes(conv)) out += cConvert(spec, toNum(arg));
    else throw new AwkError('Invalid format specifier');
    i = j + 1;
  }
  return out;
}
