// busybox 1.35 awk's builtin functions (editors/awk.c exec_builtin, the OC_FBLTIN cases,
// awk_sub, do_match). Debian's build has no FEATURE_AWK_LIBM: sqrt, exp, log, sin, cos, atan2
// and `^` stop with "Math support is not compiled in". Arguments are checked when the call is
// run, as busybox does: `Too few arguments`, `Too many arguments`.

import type { Expr } from './awk-parser';
import { execAt } from './awk-regex';
import { awkSplit, makeSplitter, type Splitter } from './awk-split';
import { AwkError, arrayOf, num, str, toNum, userStr, type Cell, type Value } from './awk-values';

/** What builtins use of the running interpreter (awk-interp.ts). */
export interface BuiltinHost {
  line: number;
  readonly record: Cell;
  readonly ignoreCase: boolean;
  eval(e: Expr): Value;
  str(v: Value): string;
  lvalue(e: Expr): Cell;
  cell(name: string): Cell;
  set(cell: Cell, v: Value): void;
  regex(e: Expr): RegExp;
  fieldSplitter(): Splitter;
  rsEmpty(): boolean;
  setMatch(start: number, length: number): void;
  sprintf(args: readonly Expr[]): string;
  rand(): number;
  srand(seed: number | undefined): number;
  now(): number;
  system(cmd: string): number;
  close(name: string): number;
}

/** Minimum argument counts of the builtins that take a list (OC_B's A1/A2/A3). */
const MIN_ARGS: Record<string, number> = {
  and: 2, compl: 1, lshift: 2, or: 2, rshift: 2, xor: 2, atan2: 2, gensub: 3, gsub: 2, index: 2, match: 2, split: 2, sub: 2, substr: 2, tolower: 1, toupper: 1,
};
/** Builtins of one optional or required argument (OC_FBLTIN), and whether it is required (Rx). */
const SIMPLE: Record<string, boolean> = {
  close: true, system: true, fflush: false, cos: true, exp: true, int: true, log: true, rand: false, sin: true, sqrt: true, srand: false, systime: false, length: false,
};
const NO_MATH = new Set(['cos', 'exp', 'log', 'sin', 'sqrt']);

export function callBuiltin(it: BuiltinHost, name: string, args: readonly Expr[], line: number): Value {
  it.line = line;
  if (name in SIMPLE) return simple(it, name, args);
  // A C string: what sprintf made ends at its first NUL (`%c` of 0).
  if (name === 'sprintf') return str(it.sprintf(args).split('\0')[0] ?? '');
  if (args.length < (MIN_ARGS[name] ?? 0)) throw new AwkError('Too few arguments');
  switch (name) {
    case 'substr': {
      const s = it.str(it.eval(args[0]!));
      const start = cInt(toNum(it.eval(args[1]!)) - 1);
      const count = args[2] ? cInt(toNum(it.eval(args[2]))) : undefined;
      const i = Math.max(0, Math.min(start, s.length));
      return str(s.substr(i, Math.max(0, count ?? s.length - i)));
    }
    case 'index': {
      const s = it.str(it.eval(args[0]!));
      const t = it.str(it.eval(args[1]!));
      if (t === '') return num(0);
      return num((it.ignoreCase ? s.toLowerCase().indexOf(t.toLowerCase()) : s.indexOf(t)) + 1);
    }
    case 'split': {
      const s = it.str(it.eval(args[0]!));
      const array = arrayOf(it.lvalue(args[1]!));
      let spl: Splitter = it.fieldSplitter();
      const sep = args[2];
      if (sep) spl = sep.t === 'ere' ? { kind: 're', re: it.regex(sep) } : makeSplitter(it.str(it.eval(sep)), it.ignoreCase);
      const parts = awkSplit(s, spl, it.rsEmpty());
      array.clear();
      parts.forEach((p, i) => (array.find(String(i + 1)).value = userStr(p)));
      return num(parts.length);
    }
    case 'sub':
    case 'gsub': {
      const re = it.regex(args[0]!);
      const repl = it.str(it.eval(args[1]!));
      const target = args[2] ? it.lvalue(args[2]) : it.record;
      const { text, count } = substitute(re, repl, it.str(target.value), name === 'sub' ? 1 : 0, false);
      it.set(target, str(text));
      return num(count);
    }
    case 'gensub': {
      const re = it.regex(args[0]!);
      const repl = it.str(it.eval(args[1]!));
      const how = Math.trunc(toNum(it.eval(args[2]!)));
      const source = args[3] ? it.str(it.eval(args[3])) : it.str(it.record.value);
      return str(substitute(re, repl, source, how, true).text);
    }
    case 'match': {
      const s = it.str(it.eval(args[0]!));
      const m = execAt(it.regex(args[1]!), s, 0);
      it.setMatch(m ? m.so + 1 : 0, m ? m.eo - m.so : -1);
      return num(m ? m.so + 1 : 0);
    }
    case 'tolower':
    case 'toupper': {
      const s = it.str(it.eval(args[0]!));
      return str(name === 'toupper' ? s.replace(/[a-z]+/g, (x) => x.toUpperCase()) : s.replace(/[A-Z]+/g, (x) => x.toLowerCase()));
    }
    case 'atan2':
      args.slice(0, 2).forEach((a) => it.eval(a));
      throw new AwkError('Math support is not compiled in');
    case 'and':
    case 'or':
    case 'xor':
    case 'lshift':
    case 'rshift':
    case 'compl':
      return num(bitwise(name, args.slice(0, name === 'compl' ? 1 : 2).map((a) => toNum(it.eval(a)))));
    case 'strftime': {
      const format = args[0] ? it.str(it.eval(args[0])) : '%a %b %d %H:%M:%S %Z %Y';
      const t = args[1] ? cInt(toNum(it.eval(args[1]))) : Math.floor(it.now());
      return str(strftime(format, t).slice(0, 239));
    }
    case 'mktime':
      return num(mktime(it.str(it.eval(args[0] ?? { t: 'str', s: '' }))));
    default:
      throw new AwkError(`awk: ${name}() is not simulated here`, true);
  }
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** strftime over localtime in the container's zone (UTC: images carry no TZ). */
function strftime(format: string, t: number): string {
  const d = new Date(t * 1000);
  const two = (n: number) => String(n).padStart(2, '0');
  const fields: Record<string, () => string> = {
    a: () => DAYS[d.getUTCDay()] ?? '', b: () => MONTHS[d.getUTCMonth()] ?? '', h: () => MONTHS[d.getUTCMonth()] ?? '',
    d: () => two(d.getUTCDate()), e: () => String(d.getUTCDate()).padStart(2, ' '), H: () => two(d.getUTCHours()),
    I: () => two(d.getUTCHours() % 12 || 12), M: () => two(d.getUTCMinutes()), S: () => two(d.getUTCSeconds()),
    m: () => two(d.getUTCMonth() + 1), Y: () => String(d.getUTCFullYear()), y: () => two(d.getUTCFullYear() % 100),
    p: () => (d.getUTCHours() < 12 ? 'AM' : 'PM'), Z: () => 'UTC', z: () => '+0000', s: () => String(t),
    j: () => String(Math.floor((d.getTime() - Date.UTC(d.getUTCFullYear(), 0, 1)) / 86400000) + 1).padStart(3, '0'),
    u: () => String(d.getUTCDay() || 7), w: () => String(d.getUTCDay()), n: () => '\n', t: () => '\t', '%': () => '%',
  };
  const expand = (f: string): string =>
    f.replace(/%([a-zA-Z%])/g, (whole, c: string) => {
      if (c === 'D') return expand('%m/%d/%y');
      if (c === 'F') return expand('%Y-%m-%d');
      if (c === 'T') return expand('%H:%M:%S');
      if (c === 'R') return expand('%H:%M');
      if (c === 'c') return expand('%a %b %e %H:%M:%S %Y');
      return fields[c]?.() ?? whole;
    });
  return expand(format);
}

/** do_mktime: "YYYY MM DD HH MM SS [DST]" in the container's zone (UTC); -1 when not that. */
function mktime(spec: string): number {
  const m = /^\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)/.exec(spec);
  if (!m) return -1;
  const [year, month, day, hour, min, sec] = m.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  if (month < 1 || year < 1900) return -1;
  return Math.floor(Date.UTC(year, month - 1, day, hour, min, sec) / 1000);
}

/** A double assigned to a C int on x86-64: out of range (or NaN) is INT_MIN. */
function cInt(d: number): number {
  return Number.isFinite(d) && d > -2147483649 && d < 2147483648 ? Math.trunc(d) : -2147483648;
}

function simple(it: BuiltinHost, name: string, args: readonly Expr[]): Value {
  if (args.length > 1) throw new AwkError('Too many arguments');
  const arg = args[0];
  if (SIMPLE[name] && !arg) throw new AwkError('Too few arguments');
  if ((name === 'rand' || name === 'systime') && arg) throw new AwkError('Too many arguments');
  switch (name) {
    case 'length': {
      if (!arg) return num(it.str(it.record.value).length);
      if (arg.t === 'var') {
        const cell = it.cell(arg.name);
        if (cell.array || cell.parent?.array) return num(arrayOf(cell).size);
      }
      return num(it.str(it.eval(arg)).length);
    }
    case 'int': {
      const n = toNum(it.eval(arg!));
      return num(Number.isFinite(n) && Math.abs(n) < 2 ** 63 ? Math.trunc(n) : -(2 ** 63));
    }
    case 'rand':
      return num(it.rand());
    case 'srand':
      return num(it.srand(arg ? toNum(it.eval(arg)) : undefined));
    case 'systime':
      return num(Math.floor(it.now()));
    case 'system': {
      const cmd = it.str(it.eval(arg!));
      return num(cmd === '' ? 0 : it.system(cmd));
    }
    case 'close':
      return num(it.close(it.str(it.eval(arg!))));
    case 'fflush':
      if (arg) it.eval(arg);
      return num(0);
    default:
      if (NO_MATH.has(name)) {
        it.eval(arg!);
        throw new AwkError('Math support is not compiled in');
      }
      return num(0);
  }
}

/** getvar_i_int and the unsigned long operations of and(), or(), … */
function bitwise(name: string, values: number[]): number {
  const [a = 0n, b = 0n] = values.map((d) => (d >= 0 ? BigInt.asUintN(64, BigInt(Math.trunc(Math.min(d, 2 ** 64 - 1)))) : BigInt.asUintN(64, -BigInt(Math.trunc(Math.min(-d, 2 ** 63))))));
  const ops: Record<string, () => bigint> = {
    and: () => a & b,
    or: () => a | b,
    xor: () => a ^ b,
    compl: () => BigInt.asUintN(64, ~a),
    lshift: () => BigInt.asUintN(64, a << (b & 63n)),
    rshift: () => a >> (b & 63n),
  };
  return Number(ops[name]?.() ?? 0n);
}

/**
 * awk_sub: replaces the `nm`th match (0: all) of `re` in `source` by `repl`, where `&` is the
 * match, `\&` a literal `&`, `\\&` a backslash and the match, and with `subexp` (gensub) `\N` the
 * Nth group. An empty match copies one char on.
 */
export function substitute(re: RegExp, repl: string, source: string, nm: number, subexp: boolean): { text: string; count: number } {
  let out = '';
  let pos = 0;
  let count = 0;
  while (pos <= source.length) {
    const m = execAt(re, source, pos);
    if (!m) break;
    out += source.slice(pos, m.eo);
    count++;
    if (count >= nm) {
      out = out.slice(0, out.length - (m.eo - m.so));
      out += expand(repl, m.groups, subexp);
    }
    pos = m.eo;
    if (count === nm) break;
    if (m.eo === m.so) {
      if (pos >= source.length) return { text: out, count };
      out += source[pos];
      pos++;
    }
  }
  return { text: out + source.slice(pos), count };
}

function expand(repl: string, groups: ReadonlyArray<string | undefined>, subexp: boolean): string {
  let out = '';
  let backslashes = 0;
  for (const c of repl) {
    out += c;
    if (c === '\\') {
      backslashes++;
      continue;
    }
    if (c === '&' || (subexp && c >= '0' && c <= '9')) {
      let nbs = backslashes;
      out = out.slice(0, out.length - ((nbs + 3) >> 1));
      let group = 0;
      if (c !== '&') {
        group = Number(c);
        nbs++;
      }
      out += nbs % 2 ? c : (groups[group] ?? '');
    }
    backslashes = 0;
  }
  return out;
}

