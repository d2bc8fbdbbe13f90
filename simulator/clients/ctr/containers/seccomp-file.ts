// contrib/seccomp.WithProfile as `ctr run --seccomp --seccomp-profile FILE` applies it
// (containerd@v1.6.20 contrib/seccomp/seccomp.go:34): the file is read (`cannot load seccomp
// profile "FILE": open FILE: …`) and json.Unmarshal'ed into specs.LinuxSeccomp (`decoding
// seccomp profile failed "FILE": …`); ctr c info then prints that struct again, so keys come out
// in the struct's order, unknown keys are gone and omitempty fields that are empty are left out.

import { plain } from '../../../errdefs/errdefs';
import { isVfsError, normalizePath, readFile, type Files } from '../../../host/vfs';
import { GoJsonSyntaxError, GoUnexpectedEof, scanGoJson } from '../../../go/json-scan';
import type { GoJsonValue } from '../../../go/json-value';

/** A field of runtime-spec v1.0.2's seccomp structs: json tag, Go type name, decoder, omitempty. */
interface Field {
  tag: string;
  type: string;
  decode: Decoder;
  omitEmpty: boolean;
}
type Decoder = (v: GoJsonValue, at: Context) => unknown;
interface Context {
  struct: string;
  fields: string[];
}

class TypeError_ extends Error {}

function mismatch(what: string, type: string, at: Context): never {
  throw new TypeError_(`json: cannot unmarshal ${what} into Go struct field ${at.struct}.${at.fields.join('.')} of type ${type}`);
}

const text =
  (type: string): Decoder =>
  (v, at) => (v.kind === 'string' ? v.value : mismatch(v.kind, type, at));

/** uint / uint64: a base-10 literal in range, else `number <literal>`. */
const unsigned =
  (type: string, max: bigint): Decoder =>
  (v, at) => {
    if (v.kind !== 'number') return mismatch(v.kind, type, at);
    if (!/^(0|[1-9]\d*)$/.test(v.literal) || BigInt(v.literal) > max) return mismatch(`number ${v.literal}`, type, at);
    return Number(v.literal);
  };

/** A slice; a null element is the element type's zero value (a struct's is decoded from `{}`). */
const listOf =
  (elem: Decoder, type: string, isStruct = false): Decoder =>
  (v, at) =>
    v.kind === 'array'
      ? v.items.map((item) => (item.kind !== 'null' ? elem(item, at) : isStruct ? elem({ kind: 'object', entries: [] }, at) : ''))
      : mismatch(v.kind, type, at);

/** A struct: keys matched case-insensitively (Go's fallback), unknown keys and nulls skipped. */
function structOf(name: string, fields: readonly Field[]): Decoder {
  return (v, at) => {
    if (v.kind !== 'object') return mismatch(v.kind, `specs.${name}`, at);
    const got = new Map<string, unknown>();
    for (const [key, value] of v.entries) {
      const field = fields.find((f) => f.tag === key) ?? fields.find((f) => f.tag.toLowerCase() === key.toLowerCase());
      if (!field || value.kind === 'null') continue;
      got.set(field.tag, field.decode(value, { struct: name, fields: [...at.fields, field.tag] }));
    }
    const out: Record<string, unknown> = {};
    for (const f of fields) {
      const value = got.get(f.tag);
      const empty = value === undefined || value === '' || value === 0 || (Array.isArray(value) && value.length === 0);
      if (f.omitEmpty && empty) continue;
      out[f.tag] = value ?? (f.type.startsWith('[]') ? null : f.type === 'uint' || f.type === 'uint64' ? 0 : '');
    }
    return out;
  };
}

const UINT = 2n ** 64n - 1n;
const field = (tag: string, type: string, decode: Decoder, omitEmpty = false): Field => ({ tag, type, decode, omitEmpty });

const argDecoder: Decoder = structOf('LinuxSeccompArg', [
  field('index', 'uint', unsigned('uint', UINT)),
  field('value', 'uint64', unsigned('uint64', UINT)),
  field('valueTwo', 'uint64', unsigned('uint64', UINT), true),
  field('op', 'specs.LinuxSeccompOperator', text('specs.LinuxSeccompOperator')),
]);

const syscallDecoder: Decoder = structOf('LinuxSyscall', [
  field('names', '[]string', listOf(text('string'), '[]string')),
  field('action', 'specs.LinuxSeccompAction', text('specs.LinuxSeccompAction')),
  field('errnoRet', 'uint', unsigned('uint', UINT), true),
  field('args', '[]specs.LinuxSeccompArg', listOf(argDecoder, '[]specs.LinuxSeccompArg', true), true),
]);

const seccompDecoder: Decoder = structOf('LinuxSeccomp', [
  field('defaultAction', 'specs.LinuxSeccompAction', text('specs.LinuxSeccompAction')),
  field('defaultErrnoRet', 'uint', unsigned('uint', UINT), true),
  field('architectures', '[]specs.Arch', listOf(text('specs.Arch'), '[]specs.Arch'), true),
  field('flags', '[]specs.LinuxSeccompFlag', listOf(text('specs.LinuxSeccompFlag'), '[]specs.LinuxSeccompFlag'), true),
  field('listenerPath', 'string', text('string'), true),
  field('listenerMetadata', 'string', text('string'), true),
  field('syscalls', '[]specs.LinuxSyscall', listOf(syscallDecoder, '[]specs.LinuxSyscall', true), true),
]);

/**
 * The first byte other than white space after the (valid) top-level value, if any: json.Unmarshal
 * checks the whole input, where a Decoder stops after the value. Only printable ASCII is named
 * as Go names it; a learner's stray text is that.
 */
function afterValue(bytes: string): string | undefined {
  let i = bytes.search(/\S/);
  let depth = 0;
  do {
    const ch = bytes[i];
    if (ch === '"') {
      for (i++; i < bytes.length && bytes[i] !== '"'; i++) if (bytes[i] === '\\') i++;
      i++;
    } else if (ch === '{' || ch === '[') {
      depth++;
      i++;
    } else if (ch === '}' || ch === ']') {
      depth--;
      i++;
    } else if (depth === 0) {
      i += /^[^\s,\]}]*/.exec(bytes.slice(i))?.[0].length ?? 1;
    } else i++;
  } while (depth > 0 && i < bytes.length);
  const rest = bytes.slice(i).trimStart();
  return rest === '' ? undefined : rest[0];
}

/** The profile in FILE (relative to `cwd`) as the spec's linux.seccomp. */
export function seccompProfileFile(files: Files, cwd: string, path: string): Record<string, unknown> {
  let bytes: string;
  try {
    bytes = readFile(files, normalizePath(path, cwd));
  } catch (err) {
    const why = isVfsError(err, 'EISDIR') ? 'is a directory' : isVfsError(err, 'ENOTDIR') ? 'not a directory' : 'no such file or directory';
    // os.ReadFile opens a directory fine; the read fails.
    const op = why === 'is a directory' ? 'read' : 'open';
    throw plain(`cannot load seccomp profile ${JSON.stringify(path)}: ${op} ${path}: ${why}`);
  }
  const failed = (why: string) => plain(`decoding seccomp profile failed ${JSON.stringify(path)}: ${why}`);
  let value: GoJsonValue;
  try {
    value = scanGoJson(bytes);
  } catch (err) {
    // json.Unmarshal checks the whole input first: an input that ends early is "unexpected end".
    if (err instanceof GoUnexpectedEof) throw failed('unexpected end of JSON input');
    if (err instanceof GoJsonSyntaxError) throw failed(err.message);
    throw err;
  }
  const after = afterValue(bytes);
  if (after !== undefined) throw failed(`invalid character '${after}' after top-level value`);
  if (value.kind === 'null') return { defaultAction: '' };
  if (value.kind !== 'object') throw failed(`json: cannot unmarshal ${value.kind} into Go value of type specs.LinuxSeccomp`);
  try {
    return seccompDecoder(value, { struct: 'LinuxSeccomp', fields: [] }) as Record<string, unknown>;
  } catch (err) {
    if (err instanceof TypeError_) throw failed(err.message);
    throw err;
  }
}
