// busybox printf (coreutils/printf.c, 1.36), as ash's builtin and the printf applet run it:
// the format's backslash escapes, conversions %[flags][width][.precision][length]conv with
// flags - + space # 0, width and precision from `*` arguments, conversions d i o u x X
// (64-bit, negative values wrap for o u x X) e E f g G (doubles), c s b (a string with its
// escapes; \c there ends all output) and %%. The format is used again while arguments remain.
// A number that does not parse is `invalid number 'ARG'` (the value taken as 0, status 1); an
// unknown conversion is `%…: invalid format` (output stops, status 1).

import { cEscape } from './sh/sh-dollar-quote';
import { finished, stderr, stdout, type OutputChunk, type Program } from './program';
import { BUSYBOX_BANNER } from './applets/busybox-usage';

export interface PrintfResult {
  /** What printf writes to stdout. */
  out: string;
  /** Errors (without the `sh: ` / `printf: ` prefix) written before the output reached stdout (busybox buffers stdout, not stderr). */
  errorsBefore: string[];
  /** An error written after the output (an invalid format flushes what came before it). */
  errorAfter?: string;
  status: number;
}

class Stop extends Error {}

/** printf FORMAT ARG...; the caller prints `usage` when there is no format. */
export function busyboxPrintf(format: string, args: string[]): PrintfResult {
  const result: PrintfResult = { out: '', errorsBefore: [], status: 0 };
  let next = 0;
  const take = (): string | undefined => (next < args.length ? args[next++] : undefined);
  try {
    do {
      const used = next;
      if (!formatOnce(format, take, result)) break;
      // A format without conversions is printed once, whatever the arguments.
      if (next === used) break;
    } while (next < args.length);
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
  }
  return result;
}

/** Prints the format once; false when \c ended the output. */
function formatOnce(format: string, take: () => string | undefined, result: PrintfResult): boolean {
  let i = 0;
  while (i < format.length) {
    const ch = format[i] ?? '';
    if (ch === '\\') {
      if (format[i + 1] === 'c') throw new Stop();
      const esc = cEscape(format, i + 1);
      result.out += i + 1 < format.length ? esc.text : '\\';
      i = i + 1 < format.length ? esc.next : i + 1;
      continue;
    }
    if (ch !== '%') {
      result.out += ch;
      i++;
      continue;
    }
    if (format[i + 1] === '%') {
      result.out += '%';
      i += 2;
      continue;
    }
    const spec = /^%([-+ #0']*)(\*|[0-9]*)(?:\.(\*|[0-9]*))?(hh|h|ll|l|L|q|j|z|t)?([diouxXeEfgGcsb])/.exec(format.slice(i));
    if (!spec) {
      result.errorAfter = `${format.slice(i)}: invalid format`;
      result.status = 1;
      throw new Stop();
    }
    i += spec[0].length;
    const flags = spec[1] ?? '';
    let width = spec[2] === '*' ? Number(toInteger(take() ?? '', result)) : spec[2] ? Number(spec[2]) : undefined;
    let left = flags.includes('-');
    if (width !== undefined && width < 0) {
      left = true;
      width = -width;
    }
    const precText = spec[3];
    let precision = precText === undefined ? undefined : precText === '*' ? Number(toInteger(take() ?? '', result)) : Number(precText || '0');
    if (precision !== undefined && precision < 0) precision = undefined;
    const conv = spec[5] ?? 's';
    const arg = take();
    if (conv === 'b') {
      const { text, stop } = bEscapes(arg ?? '');
      result.out += pad(precision === undefined ? text : text.slice(0, precision), width, left, false);
      if (stop) throw new Stop();
      continue;
    }
    result.out += convert(conv, flags, width, left, precision, arg ?? '', result);
  }
  return true;
}

export function pad(text: string, width: number | undefined, left: boolean, zero: boolean, sign = ''): string {
  const w = width ?? 0;
  const len = sign.length + text.length;
  if (len >= w) return sign + text;
  if (left) return sign + text + ' '.repeat(w - len);
  if (zero) return sign + '0'.repeat(w - len) + text;
  return ' '.repeat(w - len) + sign + text;
}

function convert(conv: string, flags: string, width: number | undefined, left: boolean, precision: number | undefined, arg: string, result: PrintfResult): string {
  const zero = flags.includes('0') && !left;
  if (conv === 's') return pad(precision === undefined ? arg : arg.slice(0, precision), width, left, false);
  if (conv === 'c') return pad(arg.slice(0, 1), width, left, false);
  if ('diouxX'.includes(conv)) {
    const n = toInteger(arg, result);
    let sign = '';
    let digits: string;
    if (conv === 'd' || conv === 'i') {
      sign = n < 0n ? '-' : flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '';
      digits = (n < 0n ? -n : n).toString();
    } else {
      const u = BigInt.asUintN(64, n);
      digits = u.toString(conv === 'o' ? 8 : conv === 'u' ? 10 : 16);
      if (conv === 'X') digits = digits.toUpperCase();
      if (flags.includes('#') && u !== 0n && conv !== 'u') {
        if (conv === 'o') digits = `0${digits}`;
        else sign = conv === 'x' ? '0x' : '0X';
      }
    }
    if (precision !== undefined) digits = precision === 0 && digits === '0' ? '' : digits.padStart(precision, '0');
    // C ignores the 0 flag when a precision is given for an integer.
    return pad(digits, width, left, zero && precision === undefined, sign);
  }
  const x = toDouble(arg, result);
  const sign = x < 0 || Object.is(x, -0) ? '-' : flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '';
  const body = formatDouble(Math.abs(x), conv, precision ?? 6, flags.includes('#'));
  return pad(body, width, left, zero && Number.isFinite(x), sign);
}

/** bb_strtoll as printf uses it: base 0 (0x hex, 0 octal), blanks before, `'c` the code of c. */
function toInteger(arg: string, result: PrintfResult): bigint {
  if (/^['"]/.test(arg)) return BigInt(arg.length > 1 ? (arg.codePointAt(1) ?? 0) : 0);
  const m = /^\s*([-+]?)(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)$/.exec(arg);
  if (m) {
    const text = m[2] ?? '0';
    const value = text.startsWith('0x') || text.startsWith('0X') ? BigInt(text) : text.startsWith('0') && text.length > 1 ? BigInt(`0o${text.slice(1)}`) : BigInt(text);
    const signed = m[1] === '-' ? -value : value;
    if (signed >= -(2n ** 63n) && signed < 2n ** 63n) return signed;
  }
  result.errorsBefore.push(`invalid number '${arg}'`);
  result.status = 1;
  return 0n;
}

function toDouble(arg: string, result: PrintfResult): number {
  if (/^['"]/.test(arg)) return arg.length > 1 ? (arg.codePointAt(1) ?? 0) : 0;
  const t = arg.trimStart();
  if (/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(t) || /^[-+]?0[xX][0-9a-fA-F]+$/.test(t)) return Number(t);
  if (/^[-+]?(inf|infinity|nan)$/i.test(t)) return t.toLowerCase().includes('nan') ? Number.NaN : t.startsWith('-') ? -Infinity : Infinity;
  result.errorsBefore.push(`invalid number '${arg}'`);
  result.status = 1;
  return 0;
}

/** x (>= 0) with `digits` decimals, an exact tie rounded to even as C's printf does. */
function toFixedC(x: number, digits: number): string {
  const fixed = x.toFixed(digits);
  const exact = x.toFixed(Math.min(100, digits + 30));
  const tail = exact.slice(exact.length - 30);
  if (/^50*$/.test(tail)) {
    const kept = exact.slice(0, exact.length - 30);
    const lastDigit = Number(kept.replace('.', '').slice(-1));
    if (lastDigit % 2 === 0) return digits === 0 ? kept.replace(/\.$/, '') : kept;
  }
  return fixed;
}

function exponential(x: number, digits: number, upper: boolean): string {
  const s = x.toExponential(digits);
  const [mant = '', exp = '0'] = s.split('e');
  const e = Number(exp);
  const text = `${mant}e${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(2, '0')}`;
  return upper ? text.toUpperCase() : text;
}

export function formatDouble(x: number, conv: string, precision: number, alt: boolean): string {
  const upper = conv === 'E' || conv === 'G';
  if (!Number.isFinite(x)) {
    const word = Number.isNaN(x) ? 'nan' : 'inf';
    return upper ? word.toUpperCase() : word;
  }
  if (conv === 'f') return toFixedC(x, precision);
  if (conv === 'e' || conv === 'E') return exponential(x, precision, upper);
  // %g: %e or %f by the exponent, trailing zeros dropped unless #.
  const p = precision === 0 ? 1 : precision;
  const exp = x === 0 ? 0 : Number(x.toExponential(p - 1).split('e')[1]);
  let text = exp < -4 || exp >= p ? exponential(x, p - 1, upper) : toFixedC(x, p - 1 - exp);
  if (alt) return text;
  const e = text.search(/[eE]/);
  const [mant, tail] = e < 0 ? [text, ''] : [text.slice(0, e), text.slice(e)];
  return (mant.includes('.') ? mant.replace(/0+$/, '').replace(/\.$/, '') : mant) + tail;
}

/** %b's argument, and echo -e's: escapes with \0NNN octal, \c ending all output. */
export function bEscapes(arg: string): { text: string; stop: boolean } {
  let text = '';
  for (let i = 0; i < arg.length; i++) {
    if (arg[i] !== '\\' || i + 1 >= arg.length) {
      text += arg[i];
      continue;
    }
    if (arg[i + 1] === 'c') return { text, stop: true };
    if (arg[i + 1] === '0') {
      const octal = /^[0-7]{0,3}/.exec(arg.slice(i + 2))?.[0] ?? '';
      text += String.fromCharCode(Number.parseInt(octal || '0', 8) & 0xff);
      i += 1 + octal.length;
      continue;
    }
    const esc = cEscape(arg, i + 1);
    text += esc.text;
    i = esc.next - 1;
  }
  return { text, stop: false };
}

const USAGE =
  BUSYBOX_BANNER + 'Usage: printf FORMAT [ARG]...\n\n' +
  'Format and print ARG(s) according to FORMAT (a-la C printf)\n';

/** The printf applet (`/bin/printf`, `env printf`): the same, its errors prefixed `printf: `. */
export const printfProgram: Program = {
  name: 'printf',
  run(ctx) {
    const args = ctx.argv.slice(1);
    const [format, ...values] = args[0] === '--' ? args.slice(1) : args;
    if (format === undefined) return finished([stderr(USAGE)], 1);
    const r = busyboxPrintf(format, values);
    const out: OutputChunk[] = r.errorsBefore.map((e) => stderr(`printf: ${e}\n`));
    if (r.out !== '') out.push(stdout(r.out));
    if (r.errorAfter) out.push(stderr(`printf: ${r.errorAfter}\n`));
    return finished(out, r.status);
  },
};
