// crictl's protobufObjectToJSON (cmd/crictl/util.go:181-188@v1.26.0): golang/protobuf v1.5.2's
// jsonpb.Marshaler{EmitDefaults: true, Indent: "  "} (vendor/github.com/golang/protobuf/jsonpb/
// encode.go). Fields in the .proto's declaration order, every field written (zero scalars,
// `null` for an unset message, `[]`-style empty lists and maps), map keys sorted, int64 and
// uint64 as quoted decimals, enums by name, nested levels indented by two more spaces, and
// empty lists and maps opened and closed on two lines (`{` newline indent `}`).

import { ENUMS, MESSAGES } from './cri-schema';
import { goJsonString } from './go-json';

const INDENT = '  ';

const INT64 = new Set(['int64', 'uint64', 'sint64', 'fixed64', 'sfixed64']);
const INT32 = new Set(['int32', 'uint32', 'sint32', 'fixed32', 'sfixed32']);

function scalar(type: string, v: unknown): string {
  if (type === 'string') return goJsonString(typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v));
  if (type === 'bool') return v === true ? 'true' : 'false';
  if (INT64.has(type)) return `"${v === undefined || v === null || v === '' ? '0' : String(v)}"`;
  if (INT32.has(type)) return String(v === undefined || v === null ? 0 : Number(v));
  if (type === 'double' || type === 'float') return String(typeof v === 'number' ? v : 0);
  if (type === 'bytes') return goJsonString(typeof v === 'string' ? v : '');
  const names = ENUMS[type];
  if (names) {
    if (typeof v === 'string') return `"${v}"`;
    const n = typeof v === 'number' ? v : 0;
    const name = names[n];
    return name === undefined ? String(n) : `"${name}"`;
  }
  throw new Error(`protobuf JSON: unknown type ${type}`);
}

function singular(type: string, v: unknown, indent: string): string {
  if (MESSAGES[type]) return v === undefined || v === null ? 'null' : message(type, v as Record<string, unknown>, indent + INDENT);
  return scalar(type, v);
}

function message(type: string, obj: Record<string, unknown>, indent: string): string {
  const fields = MESSAGES[type];
  if (!fields) throw new Error(`protobuf JSON: unknown message ${type}`);
  const parts = fields.map(([name, fieldType]) => `${indent}${INDENT}"${name}": ${value(fieldType, obj[name], indent)}`);
  return parts.length === 0 ? `{\n\n${indent}}` : `{\n${parts.join(',\n')}\n${indent}}`;
}

function value(type: string, v: unknown, indent: string): string {
  const inner = indent + INDENT + INDENT;
  if (type.endsWith('[]')) {
    const item = type.slice(0, -2);
    const list = Array.isArray(v) ? v : [];
    return `[${list.map((x) => `\n${inner}${singular(item, x, indent + INDENT)}`).join(',')}\n${indent}${INDENT}]`;
  }
  if (type.startsWith('map:')) {
    const item = type.slice(4);
    const map = (v && typeof v === 'object' ? v : {}) as Record<string, unknown>;
    const keys = Object.keys(map).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${keys.map((k) => `\n${inner}${goJsonString(k)}: ${singular(item, map[k], indent + INDENT)}`).join(',')}\n${indent}${INDENT}}`;
  }
  return singular(type, v, indent);
}

/** jsonpb's text for `obj` as a `type` message (a name in cri-schema.ts), without a trailing newline. */
export function protobufToJson(type: string, obj: object): string {
  return message(type, obj as Record<string, unknown>, '');
}
