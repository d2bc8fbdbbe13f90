// text/template's builtin functions (go1.19 src/text/template/funcs.go): and, or, not, len,
// index, slice, eq, ne, lt, le, gt, ge, print, printf, println, html, js, urlquery, call.
// A function declares its Go parameter types so the executor checks arguments as Go's
// reflection does (`wrong number of args for len: want 1 got 2`, `expected integer; found …`).
// Failures throw GoFuncError; the executor prints `error calling NAME: MESSAGE`.

import { GoFuncError } from './errors';
import { formatArg, sprint, sprintf, sprintln } from './fmt';
import { GoFuncValue, GoNil, GoPtr, isTrue, kindOf, mapKeyType, numberValue, stringValue, takesStringKeys, typeName, zeroOfMapValueElem } from './values';

/**
 * A Go parameter type: `any` is interface{}, `value` reflect.Value (gets even no value),
 * `string`, `int`, `bool`, `[]string` are checked.
 */
export type ParamType = 'any' | 'value' | 'string' | 'int' | 'bool' | '[]string';

export interface GoFuncDef {
  params: ParamType[];
  /** Element type of a trailing ...param. */
  variadic?: ParamType;
  fn: (...args: unknown[]) => unknown;
}

/** A caller's function: a plain JS function (params taken as interface{}) or a typed one. */
export type FuncMap = Record<string, GoFuncDef | ((...args: unknown[]) => unknown)>;

export function toFuncDef(f: GoFuncDef | ((...args: unknown[]) => unknown)): GoFuncDef {
  if (typeof f === 'function') return { params: new Array<ParamType>(f.length).fill('any'), fn: f };
  return f;
}

function fail(msg: string): never {
  throw new GoFuncError(msg);
}

// ---- comparison (basicKind) ----
type BasicKind = 'bool' | 'int' | 'float' | 'string';

function basicKind(v: unknown): BasicKind | undefined {
  const k = kindOf(v);
  return k === 'bool' || k === 'int' || k === 'float' || k === 'string' ? k : undefined;
}

const ERR_BAD_TYPE = 'invalid type for comparison';
const ERR_BAD = 'incompatible types for comparison';
const ERR_NONE = 'missing argument for comparison';

const asBig = (v: unknown): bigint => (typeof v === 'bigint' ? v : BigInt(v as number));

function comparable(v: unknown): boolean {
  const k = kindOf(v);
  if (k === 'slice' || k === 'map' || k === 'func') return false;
  if (k === 'struct') return Object.values(v as object).every((f) => f === null || f === undefined || comparable(f));
  return true;
}

/** indirectInterface: a nil interface{} is no value. */
const unbox = (v: unknown): unknown => (v === null ? undefined : v);

function eq(a0: unknown, ...rest: unknown[]): boolean {
  const a = unbox(a0);
  if (rest.length === 0) fail(ERR_NONE);
  const k1 = basicKind(a);
  for (const b0 of rest) {
    const b = unbox(b0);
    const k2 = basicKind(b);
    let truth = false;
    if (k1 !== k2) {
      if (a !== undefined && b !== undefined) fail(ERR_BAD);
    } else {
      switch (k1) {
        case 'bool':
          truth = a === b;
          break;
        case 'string':
          truth = stringValue(a) === stringValue(b);
          break;
        case 'int':
          truth = asBig(a) === asBig(b);
          break;
        case 'float':
          truth = numberValue(a) === numberValue(b);
          break;
        default: {
          const n1 = a === undefined || a instanceof GoNil;
          const n2 = b === undefined || b instanceof GoNil;
          if (!n1 && !n2 && kindOf(a) !== kindOf(b)) fail(`non-comparable types ${formatArg(a, 's')}: ${typeName(a)}, ${typeName(b)}: ${formatArg(b, 'v')}`);
          if (n1 || n2) truth = n1 === n2;
          else if (a instanceof GoPtr || b instanceof GoPtr) truth = a === b; // pointers compare by address
          else {
            if (!comparable(b)) fail(`non-comparable type ${formatArg(b, 's')}: ${typeName(b)}`);
            truth = JSON.stringify(a) === JSON.stringify(b);
          }
        }
      }
    }
    if (truth) return true;
  }
  return false;
}

function lt(a0: unknown, b0: unknown): boolean {
  const a = unbox(a0);
  const b = unbox(b0);
  const k1 = basicKind(a);
  if (!k1) fail(ERR_BAD_TYPE);
  const k2 = basicKind(b);
  if (!k2) fail(ERR_BAD_TYPE);
  if (k1 !== k2) fail(ERR_BAD);
  switch (k1) {
    case 'bool':
      return fail(ERR_BAD_TYPE);
    case 'int':
      return asBig(a) < asBig(b);
    case 'float':
      return numberValue(a) < numberValue(b);
    default:
      return compareBytes(stringValue(a), stringValue(b)) < 0;
  }
}

function compareBytes(a: string, b: string): number {
  const x = new TextEncoder().encode(a);
  const y = new TextEncoder().encode(b);
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) if (x[i] !== y[i]) return (x[i] as number) - (y[i] as number);
  return x.length - y.length;
}

const le = (a: unknown, b: unknown): boolean => lt(a, b) || eq(a, b);

// ---- len, index, slice ----

function length(v: unknown): number {
  if (v === null) return fail('len of nil pointer');
  if (v instanceof GoNil) {
    if (v.kind === 'ptr' || v.kind === 'interface') return fail('len of nil pointer');
    return 0;
  }
  switch (kindOf(v)) {
    case 'string':
      return new TextEncoder().encode(stringValue(v)).length;
    case 'slice':
      return (v as unknown[]).length;
    case 'map':
      return Object.keys(v as object).length;
    case 'invalid':
      return fail('reflect: call of reflect.Value.Type on zero Value');
    default:
      return fail(`len of type ${derefName(v)}`);
  }
}

/** The type name after reflect's indirect: a *T struct pointer is looked at as T. */
const derefName = (v: unknown): string => {
  if (v instanceof GoPtr) return v.type.slice(1);
  const n = typeName(v);
  return kindOf(v) === 'struct' && n.startsWith('*') ? n.slice(1) : n;
};

/** A slice index whose static type is interface {} (go1.19's slice names that type). */
export class StaticIface {
  constructor(readonly value: unknown) {}
}

function indexArg(i0: unknown, cap: number): number {
  const i = i0 instanceof StaticIface ? i0.value : i0;
  const k = kindOf(i);
  if (i0 instanceof StaticIface && k !== 'int' && i !== undefined) fail('cannot index slice/array with type interface {}');
  if (i === undefined || i === null) fail('cannot index slice/array with nil');
  if (k !== 'int') fail(`cannot index slice/array with type ${typeName(i)}`);
  const x = asBig(i);
  if (x < 0n || x > BigInt(cap)) fail(`index out of range: ${x}`);
  return Number(x);
}

function index(item: unknown, ...indexes: unknown[]): unknown {
  let cur = item;
  if (cur === undefined || cur === null) fail('index of untyped nil');
  for (const ix of indexes) {
    if (cur === null || (cur instanceof GoNil && cur.kind === 'ptr')) fail('index of nil pointer');
    const k = kindOf(cur);
    if (k === 'string' || k === 'slice') {
      const len = k === 'string' ? new TextEncoder().encode(stringValue(cur)).length : (cur as unknown[]).length;
      const x = indexArg(ix, len);
      if (x >= len) fail(`reflect: ${k} index out of range`);
      cur = k === 'string' ? new TextEncoder().encode(stringValue(cur))[x] : ((cur as unknown[])[x] ?? null);
    } else if (k === 'map' || (cur instanceof GoNil && cur.kind === 'map')) {
      if (ix === undefined || ix === null) fail(`value is nil; should be of type ${mapKeyType(cur)}`);
      if (typeof ix !== 'string') {
        // Any value is assignable to an interface {} key; only strings are keys of a JSON map.
        if (mapKeyType(cur) !== 'interface {}') fail(`value has type ${typeName(ix)}; should be ${mapKeyType(cur)}`);
        cur = zeroOfMapValueElem(cur);
        continue;
      }
      // prepareArg: a string is not assignable to a named key type (docker's map[nat.Port]…).
      if (!takesStringKeys(cur)) fail(`value has type string; should be ${mapKeyType(cur)}`);
      const obj = cur as Record<string, unknown>;
      const key: string = ix;
      cur = !(cur instanceof GoNil) && Object.hasOwn(obj, key) ? (obj[key] ?? null) : zeroOfMapValueElem(cur);
    } else fail(`can't index item of type ${derefName(cur)}`);
  }
  return cur;
}

function slice(item: unknown, ...indexes: unknown[]): unknown {
  if (item === undefined || item === null) fail('slice of untyped nil');
  if (indexes.length > 3) fail(`too many slice indexes: ${indexes.length}`);
  const k = kindOf(item);
  let len: number;
  if (k === 'string') {
    if (indexes.length === 3) fail('cannot 3-index slice a string');
    len = new TextEncoder().encode(stringValue(item)).length;
  } else if (k === 'slice') len = (item as unknown[]).length;
  else return fail(`can't slice item of type ${typeName(item)}`);
  const idx = [0, len, len];
  indexes.forEach((ix, i) => {
    idx[i] = indexArg(ix, len);
  });
  const [i, j, kk] = idx as [number, number, number];
  if (i > j) fail(`invalid slice index: ${i} > ${j}`);
  if (indexes.length === 3 && j > kk) fail(`invalid slice index: ${j} > ${kk}`);
  if (k === 'string') return new TextDecoder().decode(new TextEncoder().encode(stringValue(item)).slice(i, j));
  return (item as unknown[]).slice(i, j);
}

// ---- escapers ----

/** text/template's evalArgs: one string argument as is, else fmt.Sprint with no value as <no value>. */
function evalArgs(args: unknown[]): string {
  if (args.length === 1 && typeof args[0] === 'string') return args[0];
  return sprint(
    args.map((a) => (a === undefined || a === null ? '<no value>' : a)),
    true,
  );
}

function htmlEscape(s: string): string {
  return s.replace(/[\u0000"'&<>]/g, (c) => ({ '\u0000': '\uFFFD', '"': '&#34;', "'": '&#39;', '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c] ?? c);
}

function jsEscape(s: string): string {
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    const named: Record<string, string> = { '\\': '\\\\', "'": "\\'", '"': '\\"', '<': '\\u003C', '>': '\\u003E', '&': '\\u0026', '=': '\\u003D' };
    if (named[ch]) out += named[ch];
    else if (cp < 0x20) out += `\\u00${cp.toString(16).toUpperCase().padStart(2, '0')}`;
    else if (cp < 0x80) out += ch;
    else if (/^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u.test(ch)) out += ch;
    else out += `\\u${cp.toString(16).toUpperCase().padStart(4, '0')}`;
  }
  return out;
}

function queryEscape(s: string): string {
  let out = '';
  for (const b of new TextEncoder().encode(s)) {
    const c = String.fromCharCode(b);
    if (/[A-Za-z0-9\-_.~]/.test(c)) out += c;
    else if (c === ' ') out += '+';
    else out += `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

// ---- call ----

function callFn(_name: string, fn: unknown, ...args: unknown[]): unknown {
  if (fn === undefined || fn === null) return fail('call of nil');
  const f = fn instanceof GoFuncValue ? fn.fn : typeof fn === 'function' ? (fn as (...a: unknown[]) => unknown) : undefined;
  if (!f) return fail(`non-function of type ${typeName(fn)}`);
  if (args.length !== f.length) fail(`wrong number of args: got ${args.length} want ${f.length}`);
  try {
    return f(...args);
  } catch (e) {
    if (e instanceof GoFuncError) throw e;
    return fail(e instanceof Error ? e.message : String(e));
  }
}

export const BUILTINS: Record<string, GoFuncDef> = {
  and: { params: ['value'], variadic: 'value', fn: () => undefined }, // short-circuit in exec
  or: { params: ['value'], variadic: 'value', fn: () => undefined },
  call: { params: ['value'], variadic: 'value', fn: (name, fn, ...args) => callFn(name as string, fn, ...args) },
  html: { params: [], variadic: 'any', fn: (...a) => htmlEscape(evalArgs(a)) },
  index: { params: ['value'], variadic: 'value', fn: index },
  slice: { params: ['value'], variadic: 'value', fn: slice },
  js: { params: [], variadic: 'any', fn: (...a) => jsEscape(evalArgs(a)) },
  len: { params: ['value'], fn: length },
  not: { params: ['value'], fn: (a) => !isTrue(a) },
  print: { params: [], variadic: 'any', fn: (...a) => sprint(a) },
  printf: { params: ['string'], variadic: 'any', fn: (f, ...a) => sprintf(f as string, a) },
  println: { params: [], variadic: 'any', fn: (...a) => sprintln(a) },
  urlquery: { params: [], variadic: 'any', fn: (...a) => queryEscape(evalArgs(a)) },
  eq: { params: ['value'], variadic: 'value', fn: eq },
  ge: { params: ['value', 'value'], fn: (a, b) => !lt(a, b) },
  gt: { params: ['value', 'value'], fn: (a, b) => !le(a, b) },
  le: { params: ['value', 'value'], fn: le },
  lt: { params: ['value', 'value'], fn: lt },
  ne: { params: ['value', 'value'], fn: (a, b) => !eq(a, b) },
};

