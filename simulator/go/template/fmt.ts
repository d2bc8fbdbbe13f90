// Go's fmt as text/template's print, printf and println reach it (and as an action prints its
// value: fmt.Fprint). Verbs: v (+v, #v for plain data), s q x X d o O b c U t e E f F g G, %%,
// flags `+ - # 0 space`, width and precision (also `*` and `[n]` argument indexes), and fmt's
// error forms %!d(string=x), %!d(MISSING), %!(EXTRA …), %!(NOVERB), %!(BADWIDTH)….
// Followed: go1.19 src/fmt/print.go, format.go and strconv/ftoa.go (%v of a float64 is the
// shortest %g: e-form from exponent 6 up and below 1e-4, so 1e+06; JSON's threshold is 1e21).

import { quoteGo, quoteRuneGo } from './quote';
import { GoComplex, GoNil, GoPtr, goTypeInfo, kindOf, numberValue, sortedMapKeys, stringValue, typeName } from './values';

export interface Spec {
  plusV?: boolean;
  sharpV?: boolean;
  /** badVerb's %v keeps + as a sign (plusV is only for a %+v the format asked for). */
  rawPlus?: boolean;
  plus: boolean;
  minus: boolean;
  sharp: boolean;
  zero: boolean;
  space: boolean;
  width: number | undefined;
  prec: number | undefined;
}

const NO_FLAGS: Spec = { plus: false, minus: false, sharp: false, zero: false, space: false, width: undefined, prec: undefined };

const runeCount = (s: string): number => {
  let n = 0;
  for (const _ of s) n++;
  return n;
};

function pad(s: string, spec: Spec, zeroOk = true): string {
  if (spec.width === undefined) return s;
  const n = runeCount(s);
  if (n >= spec.width) return s;
  const fill = spec.width - n;
  if (spec.minus) return s + ' '.repeat(fill);
  if (spec.zero && zeroOk) {
    // Zeros go after the sign.
    const sign = /^[+\- ]/.test(s) ? s[0] : '';
    return sign + '0'.repeat(fill) + s.slice(sign.length);
  }
  return ' '.repeat(fill) + s;
}

// ---- floats (strconv.FormatFloat) ----

/** Shortest decimal digits that read back as |x|: value = 0.DIGITS × 10^dp. */
function shortestDecimal(x: number): { digits: string; dp: number } {
  if (x === 0) return { digits: '', dp: 0 };
  const [mant = '', exp = '0'] = Math.abs(x).toExponential().split('e');
  return { digits: mant.replace('.', '').replace(/0+$/, ''), dp: Number(exp) + 1 };
}

/** The exact decimal expansion of |x| (every float64 has a finite one). */
function exactDecimal(x: number): { digits: string; dp: number } {
  const a = Math.abs(x);
  if (a === 0) return { digits: '', dp: 0 };
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, a);
  const hi = buf.getUint32(0);
  const lo = buf.getUint32(4);
  const bexp = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let e2: number;
  if (bexp === 0) e2 = -1074;
  else {
    mant |= 1n << 52n;
    e2 = bexp - 1075;
  }
  let digits: string;
  let dp: number;
  if (e2 >= 0) {
    digits = (mant << BigInt(e2)).toString();
    dp = digits.length;
  } else {
    digits = (mant * 5n ** BigInt(-e2)).toString();
    dp = digits.length + e2; // value = digits × 10^e2
  }
  const trimmed = digits.replace(/0+$/, '');
  return { digits: trimmed, dp };
}

/** strconv's decimal rounding to `nd` digits: half-way rounds to even. */
function roundDigits(d: { digits: string; dp: number }, nd: number): { digits: string; dp: number } {
  if (nd < 0) return { digits: '', dp: d.dp };
  if (nd >= d.digits.length) return d;
  const next = d.digits.charCodeAt(nd) - 48;
  let up: boolean;
  if (next === 5 && nd + 1 === d.digits.length) up = nd > 0 && (d.digits.charCodeAt(nd - 1) - 48) % 2 === 1;
  else up = next >= 5;
  let kept = d.digits.slice(0, nd);
  if (!up) return { digits: kept.replace(/0+$/, ''), dp: d.dp };
  // increment
  let i = kept.length - 1;
  while (i >= 0 && kept[i] === '9') i--;
  if (i < 0) return { digits: '1', dp: d.dp + 1 };
  kept = kept.slice(0, i) + String.fromCharCode(kept.charCodeAt(i) + 1);
  return { digits: kept, dp: d.dp };
}

/** Digits of |x| rounded to `sig` significant digits, or shortest when sig is undefined. */
function decimal(x: number, sig?: number): { digits: string; dp: number } {
  if (sig === undefined) return shortestDecimal(x);
  return roundDigits(exactDecimal(x), sig);
}

function fmtE(neg: boolean, digits: string, dp: number, prec: number, ch: string): string {
  const d = digits === '' ? '0' : digits;
  let s = d[0] ?? '0';
  if (prec > 0) s += `.${d.slice(1, 1 + prec).padEnd(prec, '0')}`;
  const exp = digits === '' ? 0 : dp - 1;
  const ae = Math.abs(exp);
  return `${neg ? '-' : ''}${s}${ch}${exp < 0 ? '-' : '+'}${ae < 10 ? `0${ae}` : ae}`;
}

function fmtF(neg: boolean, digits: string, dp: number, prec: number): string {
  let int: string;
  if (dp > 0) int = digits.slice(0, dp).padEnd(dp, '0');
  else int = '0';
  let frac = '';
  if (prec > 0) {
    for (let i = 0; i < prec; i++) {
      const j = dp + i;
      frac += j >= 0 && j < digits.length ? digits[j] : '0';
    }
    frac = `.${frac}`;
  }
  return `${neg ? '-' : ''}${int}${frac}`;
}

/** strconv.FormatFloat(x, fmt, prec, 64). */
export function formatFloat(x: number, fmt: 'e' | 'E' | 'f' | 'g' | 'G', prec: number): string {
  if (Number.isNaN(x)) return 'NaN';
  if (x === Infinity) return '+Inf';
  if (x === -Infinity) return '-Inf';
  const neg = x < 0 || Object.is(x, -0);
  const shortest = prec < 0;
  if (fmt === 'f') {
    if (shortest) {
      const { digits, dp } = decimal(x);
      return fmtF(neg, digits, dp, Math.max(digits.length - dp, 0));
    }
    const exact = exactDecimal(x);
    const { digits, dp } = roundDigits(exact, exact.dp + prec);
    return fmtF(neg, digits, dp, prec);
  }
  if (fmt === 'e' || fmt === 'E') {
    const { digits, dp } = shortest ? decimal(x) : decimal(x, prec + 1);
    return fmtE(neg, digits, dp, shortest ? Math.max(digits.length - 1, 0) : prec, fmt);
  }
  // %g
  let p = prec;
  if (p === 0) p = 1;
  const { digits, dp } = shortest ? decimal(x) : decimal(x, p);
  const nd = digits.length;
  let eprec = shortest ? 6 : p;
  if (!shortest && eprec > nd && nd >= dp) eprec = nd;
  if (shortest) p = nd;
  const exp = dp - 1;
  if (x !== 0 && (exp < -4 || exp >= eprec)) {
    if (p > nd) p = nd;
    return fmtE(neg, digits, dp, Math.max(p - 1, 0), fmt === 'g' ? 'e' : 'E');
  }
  if (p > dp) p = nd;
  return fmtF(neg, digits, dp, Math.max(p - dp, 0));
}


// ---- integers ----

function toBig(v: unknown): bigint {
  if (typeof v === 'bigint') return v;
  return BigInt(v as number);
}

function fmtInteger(v: bigint, base: number, verb: string, spec: Spec): string {
  const neg = v < 0n;
  let digits = (neg ? -v : v).toString(base);
  if (verb === 'X') digits = digits.toUpperCase();
  if (spec.prec !== undefined) {
    if (spec.prec === 0 && v === 0n) digits = '';
    digits = digits.padStart(spec.prec, '0');
  }
  let prefix = '';
  if (spec.sharp) {
    if (base === 16) prefix = verb === 'X' ? '0X' : '0x';
    else if (base === 8 && !digits.startsWith('0')) prefix = '0';
    else if (base === 2) prefix = '0b';
  }
  if (verb === 'O') prefix = '0o';
  const sign = neg ? '-' : spec.plus ? '+' : spec.space ? ' ' : '';
  let body = prefix + digits;
  if (spec.zero && !spec.minus && spec.width !== undefined && spec.prec === undefined) {
    const want = spec.width - sign.length - body.length;
    if (want > 0) body = prefix + '0'.repeat(want) + digits;
  }
  return pad(sign + body, { ...spec, zero: false });
}

// ---- the value printer ----

class BadVerb {
  constructor(readonly text: string) {}
}

/** fmt's badVerb: the value is printed with %v under the same flags, width and precision. */
function badVerb(verb: string, v: unknown, spec: Spec = NO_FLAGS): string {
  if (v === undefined || v === null) return `%!${verb}(<nil>)`;
  return `%!${verb}(${typeName(v)}=${printValue(v, 'v', { ...spec, rawPlus: true }, 0)})`;
}

/** Float64 bits: mantissa (with the implicit bit) and binary exponent, x = mant × 2^exp. */
function floatBits(x: number): { mant: bigint; exp: number } {
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, Math.abs(x));
  const hi = buf.getUint32(0);
  const lo = buf.getUint32(4);
  const bexp = (hi >>> 20) & 0x7ff;
  const frac = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  return bexp === 0 ? { mant: frac, exp: -1074 } : { mant: frac | (1n << 52n), exp: bexp - 1075 };
}

/** strconv 'b' (-7881299347898368p-50) and shortest 'x' (-0x1.cp+02) formats. */
function formatFloatBinary(x: number, fmt: 'b' | 'x' | 'X'): string {
  const neg = x < 0 || Object.is(x, -0) ? '-' : '';
  let { mant, exp } = floatBits(x);
  if (fmt === 'b') return `${neg}${mant}p${exp >= 0 ? '+' : '-'}${Math.abs(exp)}`;
  let s: string;
  if (mant === 0n) s = '0x0p+00';
  else {
    while (mant < 1n << 52n) {
      mant <<= 1n;
      exp--;
    }
    const e = exp + 52;
    const hex = (mant & ((1n << 52n) - 1n)).toString(16).padStart(13, '0').replace(/0+$/, '');
    const ae = Math.abs(e);
    s = `0x1${hex ? `.${hex}` : ''}p${e >= 0 ? '+' : '-'}${ae < 10 ? `0${ae}` : ae}`;
  }
  s = neg + s;
  return fmt === 'X' ? s.toUpperCase() : s;
}

/** fmt's # flag on floats: a decimal point always, and trailing zeros up to the precision. */
function sharpFloat(formatted: string, verb: string, prec: number): string {
  let digits = 0;
  if ('vgGxX'.includes(verb) && verb !== 'X') digits = prec === -1 ? 6 : prec;
  if (verb === 'X') digits = prec === -1 ? 6 : prec;
  const signed = /^[+-]/.test(formatted) ? formatted : `+${formatted}`;
  let num = signed;
  let tail = '';
  let hasPoint = false;
  let sawNonzero = false;
  for (let i = 1; i < num.length; i++) {
    const c = num[i] as string;
    if (c === '.') hasPoint = true;
    else if (c === 'p' || c === 'P' || ((c === 'e' || c === 'E') && verb !== 'x' && verb !== 'X')) {
      tail = num.slice(i);
      num = num.slice(0, i);
      break;
    } else {
      if (c !== '0') sawNonzero = true;
      if (sawNonzero) digits--;
    }
  }
  if (!hasPoint) {
    if (num.length === 2 && num[1] === '0') digits--;
    num += '.';
  }
  if (digits > 0) num += '0'.repeat(digits);
  const out = num + tail;
  return formatted.startsWith('+') || formatted.startsWith('-') ? out : out.slice(1);
}

function fmtFloatVerb(x: number, verb: string, spec: Spec): string {
  let s: string;
  switch (verb) {
    case 'v':
      s = formatFloat(x, 'g', spec.prec ?? -1);
      if (spec.prec === undefined) s = formatFloat(x, 'g', -1);
      break;
    case 'g':
    case 'G':
      s = formatFloat(x, verb, spec.prec ?? -1);
      break;
    case 'e':
    case 'E':
      s = formatFloat(x, verb, spec.prec ?? 6);
      break;
    case 'f':
    case 'F':
      s = formatFloat(x, 'f', spec.prec ?? 6);
      break;
    case 'b':
    case 'x':
    case 'X':
      s = formatFloatBinary(x, verb);
      break;
    default:
      throw new BadVerb(verb);
  }
  if (spec.sharp && verb !== 'b') s = sharpFloat(s, verb, spec.prec ?? -1);
  if (spec.plus && !s.startsWith('-') && !s.startsWith('+')) s = `+${s}`;
  else if (spec.space && !s.startsWith('-') && !s.startsWith('+')) s = ` ${s}`;
  else if (!spec.plus && s === '+Inf') s = spec.space ? ' Inf' : '+Inf';
  if (!Number.isFinite(x)) return pad(s, spec, false);
  return pad(s, spec);
}

function fmtString(s: string, verb: string, spec: Spec): string {
  switch (verb) {
    case 'v':
    case 's': {
      let t = s;
      if (spec.prec !== undefined) t = Array.from(s).slice(0, spec.prec).join('');
      return pad(t, spec);
    }
    case 'q': {
      let t = s;
      if (spec.prec !== undefined) t = Array.from(s).slice(0, spec.prec).join('');
      if (spec.sharp && !/[`\u0000-\u0008\u000a-\u001f\u007f\ufeff]/.test(t)) return pad(`\`${t}\``, spec);
      return pad(quoteGo(t, spec.plus), spec);
    }
    case 'x':
    case 'X': {
      const bytes = new TextEncoder().encode(spec.prec !== undefined ? s.slice(0, spec.prec) : s);
      let out = '';
      bytes.forEach((b, i) => {
        if (spec.space && i > 0) out += ' ';
        if (spec.sharp && (spec.space || i === 0)) out += verb === 'x' ? '0x' : '0X';
        const h = b.toString(16).padStart(2, '0');
        out += verb === 'X' ? h.toUpperCase() : h;
      });
      return pad(out, spec);
    }
    default:
      throw new BadVerb(verb);
  }
}

function fmtInt(v: unknown, verb: string, spec: Spec): string {
  const b = toBig(v);
  switch (verb) {
    case 'v':
    case 'd':
      return fmtInteger(b, 10, verb, spec);
    case 'x':
    case 'X':
      return fmtInteger(b, 16, verb, spec);
    case 'o':
    case 'O':
      return fmtInteger(b, 8, verb, spec);
    case 'b':
      return fmtInteger(b, 2, verb, spec);
    case 'c':
      return pad(String.fromCodePoint(validRune(b)), spec);
    case 'q':
      return pad(quoteRuneGo(validRune(b)), spec);
    case 'U': {
      let s = `U+${validRune(b, false).toString(16).toUpperCase().padStart(4, '0')}`;
      if (spec.sharp) s += ` '${String.fromCodePoint(validRune(b))}'`;
      return pad(s, spec);
    }
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
      throw new BadVerb(verb);
    default:
      throw new BadVerb(verb);
  }
}

function validRune(b: bigint, replace = true): number {
  const n = Number(b);
  if (n < 0 || n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff)) return replace ? 0xfffd : n;
  return n;
}

function printValue(v: unknown, verb: string, spec0: Spec, depth: number, deref = false): string {
  // %+v prints field names (plusV) and no longer means a sign on numbers.
  // %#v is Go syntax (sharpV) and clears #; badVerb's %v keeps the flags as they were.
  const plusV = verb === 'v' && !spec0.rawPlus && (spec0.plus || spec0.plusV === true);
  const sharpV = verb === 'v' && !spec0.rawPlus && (spec0.sharp || spec0.sharpV === true);
  const spec = plusV || sharpV ? { ...spec0, plus: plusV ? false : spec0.plus, plusV, sharp: false, sharpV } : spec0;
  const kind = kindOf(v);
  switch (kind) {
    case 'invalid':
    case 'nil':
      if (v instanceof GoNil && v.kind === 'slice') return '[]';
      if (v instanceof GoNil && v.kind === 'map') return 'map[]';
      if (v instanceof GoNil && verb !== 'v') return `%!${verb}(${v.type}=<nil>)`;
      if (depth === 0 && verb !== 'v' && !(v instanceof GoNil)) return badVerb(verb, v);
      return pad('<nil>', spec, false);
    case 'bool':
      if (verb !== 'v' && verb !== 't') throw new BadVerb(verb);
      return pad(String(v), spec, false);
    case 'string':
      if (spec.sharpV) return pad(quoteGo(stringValue(v)), spec);
      return fmtString(stringValue(v), verb, spec);
    case 'int':
      return fmtInt(v, verb, spec);
    case 'float':
      return fmtFloatVerb(numberValue(v), verb, spec);
    case 'func':
      return pad('0x0', spec);
    case 'ptr': {
      // text/template's printableValue prints what the pointer points at; fmt (print, printf,
      // a pointer inside a slice or struct) prints the address as fmtPointer does.
      const p = v as GoPtr;
      if (deref && depth === 0) return printValue(p.elem, verb, spec, 0);
      if (verb === 'v' && spec.sharpV) return `(${p.type})(${fmtInteger(p.address, 16, 'x', { ...NO_FLAGS, sharp: true })})`;
      if (verb === 'v' || verb === 'p') return fmtInteger(p.address, 16, 'x', { ...spec, sharp: !spec.sharp });
      if ('bodxX'.includes(verb)) return fmtInt(p.address, verb, spec);
      throw new BadVerb(verb);
    }
    case 'complex': {
      if (!'vbgGxXfFeE'.includes(verb)) throw new BadVerb(verb);
      const c = v as GoComplex;
      const f = verb === 'v' ? 'g' : verb;
      const re = fmtFloatVerb(c.re, f, { ...spec, width: undefined });
      const im = fmtFloatVerb(c.im, f, { ...spec, width: undefined, plus: true });
      return pad(`(${re}${im}i)`, spec);
    }
    case 'slice': {
      const items = v as unknown[];
      if (verb === 's' || verb === 'q' || verb === 'x' || verb === 'X' || verb === 'v' || verb === 'd' || verb !== '') {
        const parts = items.map((e) => printNested(e, verb, spec, depth + 1));
        return `[${parts.join(' ')}]`;
      }
      return '';
    }
    case 'map': {
      const obj = v as Record<string, unknown>;
      const parts = sortedMapKeys(obj).map((k) => `${printNested(k, verb, spec, depth + 1)}:${printNested(obj[k], verb, spec, depth + 1)}`);
      return `map[${parts.join(' ')}]`;
    }
    default: {
      const obj = v as Record<string, unknown>;
      const name = goTypeInfo(obj)?.name ?? '';
      const fields = Object.keys(obj).filter((k) => typeof obj[k] !== 'function');
      const parts = fields.map((k) => (spec.plusV ? `${k}:` : '') + printNested(obj[k], verb, spec, depth + 1));
      const amp = depth === 0 && !deref && name.startsWith('*') ? '&' : '';
      return `${amp}{${parts.join(' ')}}`;
    }
  }
}

function printNested(v: unknown, verb: string, spec: Spec, depth: number): string {
  try {
    if (v === null || v === undefined) return spec.width !== undefined ? pad('<nil>', spec, false) : '<nil>';
    return printValue(v, verb, spec, depth);
  } catch (e) {
    if (e instanceof BadVerb) return badVerb(verb, v, spec);
    throw e;
  }
}

/** One operand printed with `verb` (fmt's printArg), bad verbs in fmt's %!x(type=value) form. */
export function formatArg(v: unknown, verb: string, spec: Spec = NO_FLAGS, deref = false): string {
  if ((v === null || v === undefined) && verb === 'v') return pad('<nil>', spec, false);
  if (v === null || v === undefined) {
    if (verb === 'T') return pad('<nil>', spec);
    return `%!${verb}(<nil>)`;
  }
  if (verb === 'T') return pad(typeName(v), spec);
  try {
    return printValue(v, verb, spec, 0, deref);
  } catch (e) {
    if (e instanceof BadVerb) return badVerb(verb, v, spec);
    throw e;
  }
}

/**
 * fmt.Sprint: operands joined, with a space between two operands when neither is a string;
 * `deref` prints a *struct as its struct (text/template's printableValue).
 */
export function sprint(args: readonly unknown[], deref = false): string {
  let out = '';
  args.forEach((a, i) => {
    if (i > 0 && typeof a !== 'string' && typeof args[i - 1] !== 'string') out += ' ';
    out += formatArg(a, 'v', NO_FLAGS, deref);
  });
  return out;
}

/** fmt.Sprintln: operands always space-separated, newline at the end. */
export function sprintln(args: readonly unknown[]): string {
  return `${args.map((a) => formatArg(a, 'v')).join(' ')}\n`;
}

/** fmt.Sprintf. */
export function sprintf(format: string, args: readonly unknown[]): string {
  let out = '';
  let argNum = 0;
  let reordered = false;
  let goodArgNum = true;
  const n = format.length;
  let i = 0;
  const argIndex = (): boolean => {
    // [n] argument index
    if (format[i] !== '[') return true;
    reordered = true;
    const close = format.indexOf(']', i);
    const idx = close < 0 ? Number.NaN : Number(format.slice(i + 1, close));
    if (close < 0 || !/^\d+$/.test(format.slice(i + 1, close)) || idx < 1 || idx > args.length) {
      goodArgNum = false;
      i = close < 0 ? n : close + 1;
      return false;
    }
    argNum = idx - 1;
    i = close + 1;
    return true;
  };
  while (i < n) {
    const pct = format.indexOf('%', i);
    if (pct < 0) {
      out += format.slice(i);
      break;
    }
    out += format.slice(i, pct);
    i = pct + 1;
    const spec: Spec = { ...NO_FLAGS };
    goodArgNum = true;
    for (; i < n; i++) {
      const c = format[i];
      if (c === '#') spec.sharp = true;
      else if (c === '0') spec.zero = !spec.minus;
      else if (c === '+') spec.plus = true;
      else if (c === '-') {
        spec.minus = true;
        spec.zero = false;
      } else if (c === ' ') spec.space = true;
      else break;
    }
    argIndex();
    // width
    if (format[i] === '*') {
      i++;
      const a = args[argNum];
      if (argNum < args.length && kindOf(a) === 'int') {
        let w = Number(a);
        if (w < 0) {
          spec.minus = true;
          spec.zero = false;
          w = -w;
        }
        spec.width = w;
      } else out += '%!(BADWIDTH)';
      argNum++;
    } else {
      const m = /^\d+/.exec(format.slice(i));
      if (m) {
        spec.width = Number(m[0]);
        i += m[0].length;
      }
    }
    if (format[i] === '.') {
      i++;
      argIndex();
      if (format[i] === '*') {
        i++;
        const a = args[argNum];
        if (argNum < args.length && kindOf(a) === 'int' && Number(a) >= 0) spec.prec = Number(a);
        else out += '%!(BADPREC)';
        argNum++;
      } else {
        const m = /^\d+/.exec(format.slice(i));
        spec.prec = m ? Number(m[0]) : 0;
        i += m ? m[0].length : 0;
      }
    }
    if (!spec.minus && spec.zero === false && format.slice(pct + 1).startsWith('0')) spec.zero = !spec.minus;
    argIndex();
    if (i >= n) {
      out += '%!(NOVERB)';
      break;
    }
    const verb = String.fromCodePoint(format.codePointAt(i) ?? 0);
    i += verb.length;
    if (verb === '%') {
      out += '%';
      continue;
    }
    if (!goodArgNum) {
      out += `%!${verb}(BADINDEX)`;
      continue;
    }
    if (argNum >= args.length) {
      out += `%!${verb}(MISSING)`;
      continue;
    }
    const arg = args[argNum++];
    if (verb === 'w') {
      out += badVerb('w', arg);
      continue;
    }
    out += formatArg(arg, verb, spec);
  }
  if (!reordered && argNum < args.length) {
    out += `%!(EXTRA ${args
      .slice(argNum)
      .map((a) => (a === null || a === undefined ? '<nil>' : `${typeName(a)}=${formatArg(a, 'v')}`))
      .join(', ')})`;
  }
  return out;
}

