// The Go value model the template engine executes over. Callers hand in plain JS data; the
// Go type of each value is read off the JS value, with markers for what JS cannot tell apart:
//
//   string → string          boolean → bool          integer number below 2^63 / bigint → int
//   non-integer number → float64; goFloat(n) for an integral float64 (JSON numbers)
//   array → []interface {} (slice)                    null → nil (a nil interface {})
//   undefined → no value (a missing map key: Go's invalid reflect.Value)
//   plain object → struct, type name from goStruct(obj, name) (default "struct {...}");
//   goMap(obj, type) → a Go map (range and json sort its keys; a missing key is no value)
//   a function property → a method (called with the action's arguments; a throw is its error)
//
// Markers live in a WeakMap, so the data stays plain JSON-safe objects.

export class GoFloat {
  constructor(readonly value: number) {}
}

/** An integral float64 (json.Unmarshal into interface{} gives float64 for every number). */
export const goFloat = (n: number): GoFloat => new GoFloat(n);

/** A func-typed value (a struct field of func type, for `call`); printing it is an error. */
export class GoFuncValue {
  constructor(
    readonly fn: (...args: unknown[]) => unknown,
    readonly type: string,
  ) {}
}

/** A Go func value of type `type` (e.g. `func(string) string`); fn.length is its arity. */
export const goFunc = (fn: (...args: never[]) => unknown, type = 'func()'): GoFuncValue => new GoFuncValue(fn as (...args: unknown[]) => unknown, type);

/** A complex128 constant (only template literals such as 1i make these). */
export class GoComplex {
  constructor(
    readonly re: number,
    readonly im: number,
  ) {}
}

/**
 * Marks an array as a Go slice of type `name` (`[]string`); unmarked arrays are []interface {}.
 * A named slice type gives its underlying type too (strslice.StrSlice is a []string).
 */
export function goSlice<T extends unknown[]>(arr: T, name: string, underlying?: string): T {
  TYPES.set(arr, underlying === undefined || underlying === name ? { kind: 'slice', name } : { kind: 'slice', name, underlying });
  return arr;
}

/**
 * A value of a named string type, such as json.Number (what a json.Decoder with UseNumber
 * gives for every number, as docker's and nerdctl's inspect fallback decode): it prints and
 * compares as its text but keeps its type name (`{{json .}}` writes it as a bare number).
 */
export class GoNamedString {
  constructor(
    readonly value: string,
    readonly type: string,
  ) {}
}

/** The text of a string-kind value (a JS string or a GoNamedString). */
export const stringValue = (v: unknown): string => (v instanceof GoNamedString ? v.value : (v as string));

/**
 * A non-nil pointer to a value that is not a struct (`*int64`: types.ContainerJSON's SizeRw and
 * SizeRootFs). A *struct is the struct itself marked with a `*T` name; this is for the rest.
 * text/template indirects it where Go's does (an action prints the value, a field of it, len,
 * index); comparisons refuse it (basicKind has no pointer kind), print/printf print its address.
 */
export class GoPtr {
  constructor(
    readonly elem: unknown,
    readonly type: string,
    /** The address fmt prints (%v, %p, %d): a Go heap address looks like 0xc000123456. */
    readonly address: bigint = 0xc000010000n,
  ) {}
}

/** A non-nil pointer of Go type `type` (e.g. `*int64`) to `elem`. */
export const goPtr = (elem: unknown, type: string, address?: bigint): GoPtr => new GoPtr(elem, type, address);

/** A typed nil: a nil pointer (`*types.Health`), slice (`[]string`), map or interface. */
export class GoNil {
  readonly kind: 'ptr' | 'slice' | 'map' | 'interface';
  /** For a nil *struct: its field names (a field not among them is "can't evaluate field"). */
  constructor(
    readonly type: string,
    readonly fields?: readonly string[],
  ) {
    this.kind = type.startsWith('*') ? 'ptr' : type.startsWith('[]') ? 'slice' : type.startsWith('map[') ? 'map' : 'interface';
  }
}

/** A typed nil value of Go type `type` (prints `<nil>`, `[]` or `map[]`; json `null`). */
export const goNil = (type: string, fields?: readonly string[]): GoNil => new GoNil(type, fields);

/** The zero value of a map type's element, as index returns for a missing key. */
function zeroOfMapElem(mapType: string): unknown {
  const m = /^map\[[^\]]*\](.*)$/.exec(mapType);
  const elem = m?.[1] ?? 'interface {}';
  if (elem === 'string') return '';
  if (elem === 'bool') return false;
  if (/^u?int\d*$/.test(elem)) return 0;
  if (/^float\d*$/.test(elem)) return new GoFloat(0);
  if (elem === 'interface {}' || elem === 'any') return null;
  return new GoNil(elem);
}

export interface GoTypeInfo {
  kind: 'struct' | 'map' | 'slice';
  /** Go's type name as reflect prints it: `*formatter.containerContext`, `map[string]string`. */
  name: string;
  /** A named map or slice type's underlying type (`nat.PortMap` is `map[nat.Port][]nat.PortBinding`). */
  underlying?: string;
}

const TYPES = new WeakMap<object, GoTypeInfo>();

/** Marks `obj` as a Go struct value of type `name`; field order is the object's key order. */
export function goStruct<T extends object>(obj: T, name = 'struct {...}'): T {
  TYPES.set(obj, { kind: 'struct', name });
  return obj;
}

/**
 * Marks `obj` as a Go map (keys sorted in range, %v and json). A named map type gives its
 * underlying type too: its key type decides whether a field name or `index` string can be a key.
 */
export function goMap<T extends object>(obj: T, name = 'map[string]interface {}', underlying?: string): T {
  TYPES.set(obj, underlying === undefined ? { kind: 'map', name } : { kind: 'map', name, underlying });
  return obj;
}

/** The map type `map[K]V` behind a map value's (possibly named) type. */
function mapTypeOf(v: unknown): string {
  if (v instanceof GoNil) return v.type;
  const info = typeof v === 'object' && v !== null ? TYPES.get(v) : undefined;
  return info?.underlying ?? info?.name ?? 'map[string]interface {}';
}

/** A map's key type (`string`, `nat.Port`, `interface {}`). */
export function mapKeyType(v: unknown): string {
  return /^map\[([^\]]+)\]/.exec(mapTypeOf(v))?.[1] ?? 'string';
}

/** Whether a string (a field name, an `index` argument) is assignable to the map's key type. */
export function takesStringKeys(v: unknown): boolean {
  const key = mapKeyType(v);
  return key === 'string' || key === 'interface {}';
}

/** The zero value of a map value's element type, as a missing key gives with `index`. */
export function zeroOfMapValueElem(v: unknown): unknown {
  return zeroOfMapElem(mapTypeOf(v));
}

/** A type literal (`[]string`, `map[string]int`, `*T`, `func()`, `struct {...}`) rather than a named type. */
const isTypeLiteral = (type: string): boolean => /^(\[|map\[|\*|func\(|struct \{|chan )/.test(type);

/**
 * Go's assignability of a value to a parameter of type `type`: the same type, or the same
 * underlying type when one of the two is not a named type (a strslice.StrSlice, a named []string,
 * goes where []string is asked; a json.Number does not go where string is, string being named).
 */
export function assignableTo(v: unknown, type: string): boolean {
  const name = typeName(v);
  if (name === type) return true;
  const info = typeof v === 'object' && v !== null ? TYPES.get(v) : undefined;
  const underlying = info?.underlying ?? name;
  return underlying === type && (isTypeLiteral(name) || isTypeLiteral(type));
}

export function goTypeInfo(obj: object): GoTypeInfo | undefined {
  return TYPES.get(obj);
}

export type GoKind = 'invalid' | 'nil' | 'string' | 'bool' | 'int' | 'float' | 'complex' | 'slice' | 'map' | 'struct' | 'func' | 'ptr';

export function kindOf(v: unknown): GoKind {
  if (v === undefined) return 'invalid';
  if (v === null) return 'nil';
  switch (typeof v) {
    case 'string':
      return 'string';
    case 'boolean':
      return 'bool';
    case 'bigint':
      return 'int';
    case 'number':
      return Number.isInteger(v) && Math.abs(v) < 2 ** 63 ? 'int' : 'float';
    case 'function':
      return 'func';
    case 'object':
      if (v instanceof GoFloat) return 'float';
      if (v instanceof GoNamedString) return 'string';
      if (v instanceof GoNil) return 'nil';
      if (v instanceof GoFuncValue) return 'func';
      if (v instanceof GoComplex) return 'complex';
      if (v instanceof GoPtr) return 'ptr';
      if (Array.isArray(v)) return 'slice';
      return TYPES.get(v as object)?.kind === 'map' ? 'map' : 'struct';
    default:
      return 'invalid';
  }
}

/** reflect's type name, as error messages print it. */
export function typeName(v: unknown): string {
  switch (kindOf(v)) {
    case 'invalid':
      return '<nil>';
    case 'nil':
      return v instanceof GoNil ? v.type : 'interface {}';
    case 'string':
      return v instanceof GoNamedString ? v.type : 'string';
    case 'bool':
      return 'bool';
    case 'int':
      return 'int';
    case 'float':
      return 'float64';
    case 'slice':
      return TYPES.get(v as object)?.name ?? '[]interface {}';
    case 'complex':
      return 'complex128';
    case 'ptr':
      return (v as GoPtr).type;
    case 'func':
      return v instanceof GoFuncValue ? v.type : 'func(...interface {}) (interface {}, error)';
    default:
      return TYPES.get(v as object)?.name ?? 'struct {...}';
  }
}

/** A number's float64 value (int and float alike). */
export function numberValue(v: unknown): number {
  if (v instanceof GoFloat) return v.value;
  if (typeof v === 'bigint') return Number(v);
  return v as number;
}

/** The static type of a container's elements: `interface {}` for []interface {} and map[string]interface {}. */
export function elemType(container: unknown): string {
  const name = typeName(container);
  if (name.startsWith('[]')) return name.slice(2);
  const m = /^map\[[^\]]*\](.*)$/.exec(name);
  return m?.[1] ?? '';
}

/** Keys of a map in Go's fmtsort order (strings byte-wise; numeric keys numerically). */
export function sortedMapKeys(obj: object): string[] {
  const keys = Object.keys(obj);
  const numeric = /^map\[(u?int\d*|float\d*)\]/.test(TYPES.get(obj)?.name ?? '');
  return numeric ? keys.sort((a, b) => Number(a) - Number(b)) : keys.sort(compareGoStrings);
}

/** Go compares strings byte-wise (UTF-8); JS compares UTF-16 units. They differ above U+FFFF only vs U+E000-U+FFFF. */
function compareGoStrings(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) {
      const sx = x >= 0xd800 && x <= 0xdfff;
      const sy = y >= 0xd800 && y <= 0xdfff;
      if (sx !== sy) return sx ? 1 : -1; // a surrogate (> U+FFFF) sorts after any BMP char in UTF-8
      return x < y ? -1 : 1;
    }
  }
  return a.length < b.length ? -1 : 1;
}

/** Go's truth of a value (text/template isTrue); struct values are always true. */
export function isTrue(v: unknown): boolean {
  switch (kindOf(v)) {
    case 'invalid':
    case 'nil':
      return false;
    case 'string':
      return stringValue(v).length > 0;
    case 'bool':
      return v as boolean;
    case 'int':
    case 'float':
      return numberValue(v) !== 0;
    case 'complex':
      return (v as GoComplex).re !== 0 || (v as GoComplex).im !== 0;
    case 'slice':
      return (v as unknown[]).length > 0;
    case 'map':
      return Object.keys(v as object).length > 0;
    default:
      return true;
  }
}
