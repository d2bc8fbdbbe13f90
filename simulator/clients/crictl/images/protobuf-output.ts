// crictl 1.26's JSON of CRI messages (cmd/crictl/util.go:181-258 @v1.26.0): golang/protobuf
// v1.5.2 jsonpb with EmitDefaults and a two-space Indent — fields in .proto order, unset
// messages as null, int64s quoted, an empty list as "[" newline "]" — and outputStatusInfo,
// which wraps a status and its verbose info in {"status": …, <sorted info keys>} and passes it
// through encoding/json's Indent.
//
// (Here until the root group's clients/crictl/output/ module holds the shared printers.)

import type { CrictlContext } from '../crictl-env';
import { jsonToYaml } from './yaml-output';

/** A protobuf map field (printed like a message, but `{` newline `}` when empty). */
export class ProtoMap {
  constructor(readonly entries: Readonly<Record<string, string>>) {}
}

/** A message: its fields in .proto order (null for an unset message field). */
export type ProtoMessage = { readonly [field: string]: ProtoValue };
export type ProtoValue = string | boolean | null | ProtoMap | ProtoMessage | readonly (string | ProtoMessage)[];

/** encoding/json's string: HTML-safe, U+2028/9 escaped (json.Marshal's defaults). */
export function goJsonString(s: string): string {
  return JSON.stringify(s).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const INDENT = '  ';

function jsonpbValue(v: ProtoValue, indent: string): string {
  if (v === null) return 'null';
  if (typeof v === 'string') return goJsonString(v);
  if (typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) {
    const items = (v as readonly (string | ProtoMessage)[]).map((item) => `\n${indent}${INDENT}${INDENT}${jsonpbValue(item, indent + INDENT)}`);
    return `[${items.join(',')}\n${indent}${INDENT}]`;
  }
  if (v instanceof ProtoMap) {
    const keys = Object.keys(v.entries).sort();
    const items = keys.map((k) => `\n${indent}${INDENT}${INDENT}${goJsonString(k)}: ${goJsonString(v.entries[k] ?? '')}`);
    return `{${items.join(',')}\n${indent}${INDENT}}`;
  }
  return jsonpbMessage(v as ProtoMessage, indent + INDENT);
}

function jsonpbMessage(m: ProtoMessage, indent: string): string {
  const fields = Object.entries(m).map(([name, value]) => `${indent}${INDENT}"${name}": ${jsonpbValue(value, indent)}`);
  return `{\n${fields.join(',\n')}\n${indent}}`;
}

/** protobufObjectToJSON: jsonpb.Marshaler{EmitDefaults: true, Indent: "  "}. */
export function protobufJson(message: ProtoMessage): string {
  return jsonpbMessage(message, '');
}

/**
 * encoding/json.Indent(dst, src, "", "  "): insignificant whitespace dropped, one element per
 * line, `": "` after keys, empty objects and arrays kept as `{}` and `[]`. Works on the text,
 * so numbers and escapes stay as written.
 */
export function goJsonIndent(src: string): string {
  let out = '';
  let depth = 0;
  let needIndent = false;
  const newline = (): string => `\n${INDENT.repeat(depth)}`;
  for (let i = 0; i < src.length; i++) {
    const c = src[i] as string;
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') continue;
    if (needIndent && c !== ']' && c !== '}') {
      needIndent = false;
      depth++;
      out += newline();
    }
    if (c === '"') {
      let j = i + 1;
      while (j < src.length && src[j] !== '"') j += src[j] === '\\' ? 2 : 1;
      out += src.slice(i, j + 1);
      i = j;
      continue;
    }
    if (c === '{' || c === '[') {
      out += c;
      needIndent = true;
    } else if (c === ',') {
      out += `,${newline()}`;
    } else if (c === ':') {
      out += ': ';
    } else if (c === '}' || c === ']') {
      if (needIndent) needIndent = false;
      else {
        depth--;
        out += newline();
      }
      out += c;
    } else out += c;
  }
  return out;
}

/** outputStatusInfo's JSON (util.go:214-247): status first, then the info keys sorted. */
export function statusInfoJson(statusJson: string, info: Readonly<Record<string, string>> | undefined): string {
  let text = `{"status":${statusJson},`;
  for (const key of Object.keys(info ?? {}).sort()) {
    const value = info?.[key] ?? '';
    text += isJson(value) ? `"${key}":${value},` : `"${key}":"${value}",`;
  }
  return goJsonIndent(`${text.slice(0, -1)}}`);
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** outputProtobufObjAsJSON: the jsonpb text and fmt.Println's newline. */
export function printProtobufJson(c: CrictlContext, message: ProtoMessage): void {
  c.io.stdout(`${protobufJson(message)}\n`);
}

/** outputProtobufObjAsYAML: the jsonpb text through JSONToYAML, then fmt.Println's newline. */
export function printProtobufYaml(c: CrictlContext, message: ProtoMessage): void {
  c.io.stdout(`${jsonToYaml(protobufJson(message))}\n`);
}
