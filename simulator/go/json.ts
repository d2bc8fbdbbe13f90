// Go's encoding/json output for plain JS data (go1.19 src/encoding/json/encode.go, indent.go):
// json.Marshal, json.MarshalIndent and an Encoder with SetEscapeHTML(false).
//
//   objects: struct fields in the order given; goMap(obj) marks a Go map (keys sorted)
//   undefined properties are left out (a caller's omitempty); null → null
//   goNil('[]string') → null (a nil slice) while [] → []
//   integers below 2^63 (and bigint) print as integers (Go ints); non-integer numbers and goFloat(n) as Go prints a
//   float64: shortest digits, e-form below 1e-6 and from 1e21 (1e+21, 1e-7); NaN/±Inf fail
//   strings: \" \\ \n \r \t, other controls \u00XX (go1.19: \b and \f too), U+2028/U+2029
//   escaped, and with HTML escaping (Marshal's default) < > & as \u003c \u003e \u0026; lone
//   surrogates (invalid UTF-8 in Go) become \ufffd
//   withMarshalJSON(obj, fn): fn() is marshalled in obj's place (Go's MarshalJSON method)

import { GoComplex, GoFloat, GoFuncValue, GoNamedString, GoNil, GoPtr, goTypeInfo, kindOf, sortedMapKeys } from './template/values';

export { goFloat, goMap, goNil, goPtr, goSlice, goStruct } from './template/values';

export class GoJsonError extends Error {}

const MARSHALERS = new WeakMap<object, () => unknown>();

/** Marks `obj` as having a MarshalJSON method: `fn()` is encoded instead of its fields. */
export function withMarshalJSON<T extends object>(obj: T, fn: () => unknown): T {
  MARSHALERS.set(obj, fn);
  return obj;
}

export interface GoJsonOptions {
  /** Marshal escapes <, > and & (default true); Encoder.SetEscapeHTML(false) turns it off. */
  escapeHTML?: boolean;
}

const HEX = '0123456789abcdef';

/** encoding/json's string encoding. */
export function goJsonString(s: string, escapeHTML = true): string {
  let out = '"';
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let rep: string | undefined;
    if (c >= 0x20 && c !== 0x22 && c !== 0x5c && c < 0x7f && !(escapeHTML && (c === 0x3c || c === 0x3e || c === 0x26))) continue;
    if (c === 0x22 || c === 0x5c) rep = `\\${s[i]}`;
    else if (c === 0x0a) rep = '\\n';
    else if (c === 0x0d) rep = '\\r';
    else if (c === 0x09) rep = '\\t';
    else if (c < 0x20 || c === 0x3c || c === 0x3e || c === 0x26) rep = `\\u00${HEX[c >> 4]}${HEX[c & 0xf]}`;
    else if (c === 0x2028 || c === 0x2029) rep = `\\u${c.toString(16)}`;
    else if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        i++;
        continue;
      }
      rep = '\\ufffd';
    } else if (c >= 0xdc00 && c <= 0xdfff) rep = '\\ufffd';
    else continue;
    out += s.slice(start, i) + rep;
    start = i + 1;
  }
  return `${out + s.slice(start)}"`;
}

/** A float64 as encoding/json writes it. */
function goJsonFloat(f: number): string {
  if (!Number.isFinite(f)) throw new GoJsonError(`json: unsupported value: ${Number.isNaN(f) ? 'NaN' : f > 0 ? '+Inf' : '-Inf'}`);
  if (Object.is(f, -0)) return '-0';
  // ES Number::toString uses e-form exactly where Go's encoder does (<1e-6, ≥1e21), with the
  // same shortest digits and the exponent without leading zeros.
  return String(f);
}

function encode(v: unknown, escapeHTML: boolean, seen: Set<object>): string {
  if (v === null || v === undefined) return 'null';
  switch (typeof v) {
    case 'string':
      return goJsonString(v, escapeHTML);
    case 'boolean':
      return v ? 'true' : 'false';
    case 'bigint':
      return v.toString();
    case 'number':
      return Number.isInteger(v) && Math.abs(v) < 2 ** 63 ? BigInt(v).toString() : goJsonFloat(v);
    case 'function':
      throw new GoJsonError('json: unsupported type: func()');
    default:
  }
  const obj = v as object;
  if (obj instanceof GoFloat) return goJsonFloat(obj.value);
  if (obj instanceof GoNil) return 'null';
  if (obj instanceof GoPtr) return encode(obj.elem, escapeHTML, seen);
  // json.Number marshals as its literal text; other named strings as strings.
  if (obj instanceof GoNamedString) return obj.type === 'json.Number' ? obj.value : goJsonString(obj.value, escapeHTML);
  if (obj instanceof GoFuncValue) throw new GoJsonError(`json: unsupported type: ${obj.type}`);
  if (obj instanceof GoComplex) throw new GoJsonError('json: unsupported type: complex128');
  const m = MARSHALERS.get(obj);
  if (m) return encode(m(), escapeHTML, seen);
  if (seen.has(obj)) throw new GoJsonError(`json: unsupported value: encountered a cycle via ${goTypeInfo(obj)?.name ?? 'struct'}`);
  seen.add(obj);
  try {
    if (Array.isArray(obj)) return `[${obj.map((e) => encode(e, escapeHTML, seen)).join(',')}]`;
    const rec = obj as Record<string, unknown>;
    const keys = kindOf(obj) === 'map' ? sortedMapKeys(obj) : Object.keys(obj);
    const parts: string[] = [];
    for (const k of keys) {
      const val = rec[k];
      if (val === undefined || typeof val === 'function') continue;
      parts.push(`${goJsonString(k, escapeHTML)}:${encode(val, escapeHTML, seen)}`);
    }
    return `{${parts.join(',')}}`;
  } finally {
    seen.delete(obj);
  }
}

/** json.Marshal(v): compact, HTML-escaped. Throws GoJsonError for NaN, ±Inf, funcs, cycles. */
export function goJsonMarshal(v: unknown, options: GoJsonOptions = {}): string {
  return encode(v, options.escapeHTML ?? true, new Set());
}

/** json.Indent of compact JSON text: each element on its own line, `{}` and `[]` kept empty. */
export function goJsonIndentText(src: string, prefix: string, indent: string): string {
  let out = '';
  let depth = 0;
  let needIndent = false;
  let inString = false;
  const newline = () => {
    out += `\n${prefix}${indent.repeat(depth)}`;
  };
  for (let i = 0; i < src.length; i++) {
    const c = src[i] as string;
    if (inString) {
      out += c;
      if (c === '\\') out += src[++i] ?? '';
      else if (c === '"') inString = false;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') continue;
    if (needIndent && c !== ']' && c !== '}') {
      needIndent = false;
      depth++;
      newline();
    }
    if (c === '"') {
      inString = true;
      out += c;
    } else if (c === '{' || c === '[') {
      needIndent = true;
      out += c;
    } else if (c === ',') {
      out += c;
      newline();
    } else if (c === ':') out += ': ';
    else if (c === '}' || c === ']') {
      if (needIndent) needIndent = false;
      else {
        depth--;
        newline();
      }
      out += c;
    } else out += c;
  }
  return out;
}

/** json.MarshalIndent(v, prefix, indent). */
export function goJsonMarshalIndent(v: unknown, prefix: string, indent: string, options: GoJsonOptions = {}): string {
  return goJsonIndentText(goJsonMarshal(v, options), prefix, indent);
}

/** json.NewEncoder(w) with SetEscapeHTML(escapeHTML) and SetIndent: Encode's text, newline included. */
export function goJsonEncode(v: unknown, options: GoJsonOptions & { prefix?: string; indent?: string } = {}): string {
  const compact = goJsonMarshal(v, options);
  const body = options.prefix || options.indent ? goJsonIndentText(compact, options.prefix ?? '', options.indent ?? '') : compact;
  return `${body}\n`;
}
