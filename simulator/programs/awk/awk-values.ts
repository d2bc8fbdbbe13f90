// busybox 1.35 awk's values (editors/awk.c: var, getvar_s, getvar_i, is_numeric, istrue, fmt_num,
// my_strtod) and its arrays (xhash: hashidx, hash_find, hash_rebuild, hash_remove), whose bucket
// order is the order `for (k in a)` walks.

/**
 * A value: a number, a string, or a string that came from input (a field, getline, -v, ARGV,
 * split) and counts as a number when all of it reads as one (VF_USER). `uninit` is a variable
 * never set (numeric 0 and the empty string).
 */
export type Value =
  | { kind: 'num'; n: number }
  | { kind: 'str'; s: string }
  | { kind: 'strnum'; s: string }
  | { kind: 'uninit' };

export const UNINIT: Value = { kind: 'uninit' };
export const num = (n: number): Value => ({ kind: 'num', n });
export const str = (s: string): Value => ({ kind: 'str', s });
/** A user string (VF_USER): setvar_u. */
export const userStr = (s: string): Value => ({ kind: 'strnum', s });

/** A fatal error: `awk: <where>:<line>: <message>` (syntax_error) or a message of its own. */
export class AwkError extends Error {
  constructor(
    message: string,
    /** The whole stderr line without `awk: ` when it is not a syntax_error's. */
    readonly plain = false,
    /** The program line it was found on; absent: the line being run. */
    readonly line?: number,
  ) {
    super(message);
  }
}

const SPACE = /^[ \t\n\v\f\r]*/;

/**
 * strtod as my_strtod calls it: a leading 0 starts a hex (0x) or octal integer (Debian builds
 * with DESKTOP), else a decimal float, inf or nan. Returns the number and how many chars it took.
 */
export function strtod(s: string): { n: number; end: number } {
  if (s[0] === '0' && (s[1] === 'x' || s[1] === 'X' || /[0-9]/.test(s[1] ?? ''))) {
    if (s[1] === 'x' || s[1] === 'X') {
      const m = /^0[xX]([0-9a-fA-F]+)/.exec(s);
      return m ? { n: parseInt(m[1] ?? '0', 16), end: m[0].length } : { n: 0, end: 1 };
    }
    const m = /^0[0-7]*/.exec(s) ?? ['0'];
    const next = s[m[0].length] ?? '';
    if (!/[0-9.]/.test(next)) return { n: parseInt(m[0], 8), end: m[0].length };
  }
  const lead = (SPACE.exec(s) ?? [''])[0].length;
  const rest = s.slice(lead);
  const m = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?/.exec(rest);
  if (m) {
    // An exponent without digits is not part of the number.
    return { n: Number(m[0]), end: lead + m[0].length };
  }
  const special = /^([-+]?)(infinity|inf|nan)/i.exec(rest);
  if (special) {
    const neg = special[1] === '-';
    const n = (special[2] ?? '').toLowerCase() === 'nan' ? Number.NaN : neg ? -Infinity : Infinity;
    return { n, end: lead + special[0].length };
  }
  return { n: 0, end: 0 };
}

/** getvar_i. */
export function toNum(v: Value): number {
  if (v.kind === 'num') return v.n;
  if (v.kind === 'uninit') return 0;
  return v.s === '' ? 0 : strtod(v.s).n;
}

/** is_numeric: numbers, unset variables, and user strings that are all number (spaces after allowed). */
export function isNumeric(v: Value): boolean {
  if (v.kind === 'num' || v.kind === 'uninit') return true;
  if (v.kind === 'str' || v.s === '') return false;
  const { end } = strtod(v.s);
  return end > 0 && /^[ \t\n\v\f\r]*$/.test(v.s.slice(end));
}

/** istrue. */
export function isTrue(v: Value): boolean {
  if (isNumeric(v)) return toNum(v) !== 0;
  return v.kind !== 'uninit' && v.kind !== 'num' && v.s !== '';
}

/**
 * fmt_num: an integral value as %lld, anything else through `format` (CONVFMT or OFMT), which
 * must end in a printf conversion letter.
 */
export function formatNumber(n: number, format: string, cFormat: (fmt: string, arg: number) => string): string {
  if (Number.isInteger(n) && Math.abs(n) < 2 ** 63) return Object.is(n, -0) ? '0' : BigInt(n).toString();
  const c = format.at(-1) ?? '';
  if ('diouxX'.includes(c) && c !== '') return cFormat(format, Math.trunc(n) | 0);
  if ('eEfFgGaA'.includes(c) && c !== '') return cFormat(format, n);
  throw new AwkError('Invalid format specifier');
}

/** A cell: one variable or array element (a scalar, or an array once used as one). */
export interface Cell {
  value: Value;
  array?: AwkArray;
  /** A function parameter bound to the caller's variable (VF_CHILD): arrays resolve to it. */
  parent?: Cell;
}

/** iamarray: the array a cell is (following parameters to their caller's variable), made on first use. */
export function arrayOf(cell: Cell): AwkArray {
  let c = cell;
  while (c.parent) c = c.parent;
  c.array ??= new AwkArray();
  return c.array;
}

const FIRST_PRIME = 61;
const PRIMES = [251, 1021, 4093, 16381, 65521];
const encoder = new TextEncoder();

/** hashidx over the name's bytes as signed chars. */
function hashidx(name: string): number {
  let idx = 0;
  for (const b of encoder.encode(name)) idx = (Math.imul(idx, 63) + (b >= 128 ? b - 256 : b)) >>> 0;
  return idx;
}

/** xhash of cells: buckets of names, newest first in a bucket. */
export class AwkArray {
  private buckets: string[][] = Array.from({ length: FIRST_PRIME }, () => []);
  private nprime = 0;
  private readonly cells = new Map<string, Cell>();

  get size(): number {
    return this.cells.size;
  }

  has(key: string): boolean {
    return this.cells.has(key);
  }

  /** hash_find: the element, made (empty) when missing. */
  find(key: string): Cell {
    const found = this.cells.get(key);
    if (found) return found;
    if (this.cells.size + 1 > this.buckets.length * 8) this.rebuild();
    const cell: Cell = { value: UNINIT };
    this.cells.set(key, cell);
    this.buckets[hashidx(key) % this.buckets.length]?.unshift(key);
    return cell;
  }

  remove(key: string): void {
    if (!this.cells.delete(key)) return;
    const bucket = this.buckets[hashidx(key) % this.buckets.length] ?? [];
    bucket.splice(bucket.indexOf(key), 1);
  }

  clear(): void {
    this.cells.clear();
    this.buckets = this.buckets.map(() => []);
  }

  /** The names in walk order (hashwalk_init). */
  keys(): string[] {
    return this.buckets.flat();
  }

  private rebuild(): void {
    const size = PRIMES[this.nprime];
    if (size === undefined) return;
    this.nprime++;
    const next: string[][] = Array.from({ length: size }, () => []);
    for (const bucket of this.buckets) for (const key of bucket) next[hashidx(key) % size]?.unshift(key);
    this.buckets = next;
  }
}
