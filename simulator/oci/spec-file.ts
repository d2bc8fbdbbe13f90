// A runtime spec read from a learner's file as Go reads it into specs.Spec (runtime-spec
// v1.0.2-dev as containerd 1.6.20 vendors it; encoding/json decode.go), then marshalled back as
// containerd stores it: keys match the json tags exactly or case-insensitively, unknown keys are
// dropped, the known fields come out in the struct's order with `omitempty` ones left out, and
// the first value of the wrong type fails with Go's UnmarshalTypeError text. The outer structs a
// learner edits (Spec, Process, User, Root, Mount, Box) are modelled field by field; the deeper
// ones (linux, hooks, capabilities, …) are kept as written, which is what Go gives for any file
// that names only their real fields in their struct order (as `ctr oci spec` prints them).

import type { GoJsonValue } from '../go/json-value';
import { parseGoUint } from '../go/strconv';

type SpecType =
  | { kind: 'string' }
  | { kind: 'bool' }
  | { kind: 'uint'; name: 'uint32' | 'uint' }
  | { kind: 'strings' }
  | { kind: 'uint32s' }
  | { kind: 'map' }
  | { kind: 'struct'; name: string; fields: readonly SpecField[] }
  /** A struct kept as written: only its being an object is checked. */
  | { kind: 'opaque'; name: string }
  | { kind: 'slice'; elem: SpecType };

interface SpecField {
  tag: string;
  type: SpecType;
  /** `json:",omitempty"`: left out when empty; pointers to structs are this too. */
  omitEmpty: boolean;
}

const str: SpecType = { kind: 'string' };
const bool: SpecType = { kind: 'bool' };
const uint32: SpecType = { kind: 'uint', name: 'uint32' };
const field = (tag: string, type: SpecType, omitEmpty = true): SpecField => ({ tag, type, omitEmpty });
const struct = (name: string, fields: SpecField[]): SpecType => ({ kind: 'struct', name, fields });
const opaque = (name: string): SpecType => ({ kind: 'opaque', name });

const USER = struct('User', [
  field('uid', uint32, false),
  field('gid', uint32, false),
  field('umask', uint32),
  field('additionalGids', { kind: 'uint32s' }),
  field('username', str),
]);
const BOX = struct('Box', [field('height', { kind: 'uint', name: 'uint' }, false), field('width', { kind: 'uint', name: 'uint' }, false)]);
const PROCESS = struct('Process', [
  field('terminal', bool),
  field('consoleSize', BOX),
  field('user', USER, false),
  field('args', { kind: 'strings' }),
  field('commandLine', str),
  field('env', { kind: 'strings' }),
  field('cwd', str, false),
  field('capabilities', opaque('specs.LinuxCapabilities')),
  field('rlimits', { kind: 'slice', elem: opaque('specs.POSIXRlimit') }),
  field('noNewPrivileges', bool),
  field('apparmorProfile', str),
  field('oomScoreAdj', opaque('int')),
  field('selinuxLabel', str),
]);
const ROOT = struct('Root', [field('path', str, false), field('readonly', bool)]);
const MOUNT = struct('Mount', [field('destination', str, false), field('type', str), field('source', str), field('options', { kind: 'strings' })]);
const SPEC = struct('Spec', [
  field('ociVersion', str, false),
  field('process', PROCESS),
  field('root', ROOT),
  field('hostname', str),
  field('domainname', str),
  field('mounts', { kind: 'slice', elem: MOUNT }),
  field('hooks', opaque('specs.Hooks')),
  field('annotations', { kind: 'map' }),
  field('linux', opaque('specs.Linux')),
  field('solaris', opaque('specs.Solaris')),
  field('windows', opaque('specs.Windows')),
  field('vm', opaque('specs.VM')),
]);

/** A *json.UnmarshalTypeError as Go words it. */
export class SpecTypeError extends Error {}

function typeName(t: SpecType): string {
  switch (t.kind) {
    case 'string':
    case 'bool':
      return t.kind;
    case 'uint':
      return t.name;
    case 'strings':
      return '[]string';
    case 'uint32s':
      return '[]uint32';
    case 'map':
      return 'map[string]string';
    case 'struct':
      return `specs.${t.name}`;
    case 'opaque':
      return t.name;
    case 'slice':
      return `[]${typeName(t.elem)}`;
  }
}

interface Where {
  struct: string;
  path: readonly string[];
}

function mismatch(what: string, t: SpecType, at: Where | undefined): never {
  const into = at ? `Go struct field ${at.struct}.${at.path.join('.')}` : 'Go value';
  throw new SpecTypeError(`json: cannot unmarshal ${what} into ${into} of type ${typeName(t)}`);
}

/** A scanned value as plain data (numbers as JS numbers), for the parts kept as written. */
function plain(v: GoJsonValue): unknown {
  switch (v.kind) {
    case 'object':
      return Object.fromEntries(v.entries.map(([k, item]) => [k, plain(item)]));
    case 'array':
      return v.items.map(plain);
    case 'number':
      return Number(v.literal);
    case 'null':
      return null;
    default:
      return v.value;
  }
}

/** Go's equalFold for an ASCII tag (the Kelvin sign and long s fold too). */
function matches(tag: string, key: string): boolean {
  if (key === tag) return true;
  const folded = [...key].map((ch) => (ch === '\u212a' ? 'k' : ch === '\u017f' ? 's' : ch.toLowerCase())).join('');
  return folded === tag.toLowerCase();
}

function decode(v: GoJsonValue, t: SpecType, prev: unknown, at: Where | undefined): unknown {
  // null leaves a value as it was (a pointer or slice becomes nil, which marshals as absent).
  if (v.kind === 'null') return t.kind === 'struct' || t.kind === 'string' || t.kind === 'bool' || t.kind === 'uint' ? prev : undefined;
  const word = v.kind;
  switch (t.kind) {
    case 'string':
      if (v.kind !== 'string') mismatch(word, t, at);
      return v.value;
    case 'bool':
      if (v.kind !== 'bool') mismatch(word, t, at);
      return v.value;
    case 'uint': {
      if (v.kind !== 'number') mismatch(word, t, at);
      const parsed = /^\d+$/.test(v.literal) ? parseGoUint(v.literal, t.name === 'uint32' ? 32 : 64) : undefined;
      if (!parsed?.ok) mismatch(`number ${v.literal}`, t, at);
      return Number(parsed.value);
    }
    case 'strings':
    case 'uint32s': {
      if (v.kind !== 'array') mismatch(word, t, at);
      const elem: SpecType = t.kind === 'strings' ? str : uint32;
      return v.items.map((item) => decode(item, elem, elem === str ? '' : 0, at));
    }
    case 'map': {
      if (v.kind !== 'object') mismatch(word, t, at);
      const out: Record<string, string> = { ...((prev as Record<string, string> | undefined) ?? {}) };
      for (const [key, item] of v.entries) out[key] = (decode(item, str, '', at) as string | undefined) ?? '';
      return out;
    }
    case 'opaque':
      if (t.name !== 'int' && v.kind !== 'object') mismatch(word, t, at);
      if (t.name === 'int' && v.kind !== 'number') mismatch(word, t, at);
      return plain(v);
    case 'slice':
      if (v.kind !== 'array') mismatch(word, t, at);
      return v.items.map((item) => decode(item, t.elem, undefined, at));
    case 'struct': {
      if (v.kind !== 'object') mismatch(word, t, at);
      const out: Record<string, unknown> = { ...((prev as Record<string, unknown> | undefined) ?? {}) };
      for (const [key, item] of v.entries) {
        const f = t.fields.find((candidate) => candidate.tag === key) ?? t.fields.find((candidate) => matches(candidate.tag, key));
        if (!f) continue;
        const decoded = decode(item, f.type, out[f.tag], { struct: t.name, path: [...(at?.path ?? []), f.tag] });
        if (decoded === undefined) delete out[f.tag];
        else out[f.tag] = decoded;
      }
      return out;
    }
  }
}

function isEmpty(value: unknown): boolean {
  if (value === undefined || value === '' || value === false || value === 0) return true;
  if (Array.isArray(value)) return value.length === 0;
  return false;
}

/** The value as json.Marshal writes it back: struct fields in order, omitempty ones left out. */
function marshal(value: unknown, t: SpecType): unknown {
  if (t.kind === 'slice') return (value as unknown[]).map((item) => marshal(item, t.elem));
  if (t.kind === 'map') return value;
  if (t.kind !== 'struct') return value;
  const given = (value ?? {}) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const f of t.fields) {
    const v = given[f.tag];
    // A struct field that is not a pointer (User) is always there; a pointer only when set.
    const isPointer = f.type.kind === 'struct' && f.omitEmpty;
    if (isPointer ? v === undefined : f.omitEmpty && (isEmpty(v) || (f.type.kind === 'map' && Object.keys(v as object).length === 0))) continue;
    out[f.tag] = marshal(v ?? zeroOf(f.type), f.type);
  }
  return out;
}

function zeroOf(t: SpecType): unknown {
  if (t.kind === 'string') return '';
  if (t.kind === 'bool') return false;
  if (t.kind === 'uint') return 0;
  if (t.kind === 'struct') return {};
  return null;
}

/**
 * json.Unmarshal(file, &spec) then json.Marshal(spec): the spec containerd stores. Throws
 * SpecTypeError with Go's text; `null` (or `{}`) gives `{"ociVersion": ""}`.
 */
export function specFromJson(value: GoJsonValue): Record<string, unknown> {
  return marshal(decode(value, SPEC, undefined, undefined), SPEC) as Record<string, unknown>;
}

/** oci.WithAnnotations on a decoded spec: `extra` merged into its annotations, the struct's order kept. */
export function specWithAnnotations(spec: Readonly<Record<string, unknown>>, extra: Readonly<Record<string, string>>): Record<string, unknown> {
  if (Object.keys(extra).length === 0) return { ...spec };
  const annotations = { ...((spec.annotations as Record<string, string> | undefined) ?? {}), ...extra };
  return marshal({ ...spec, annotations }, SPEC) as Record<string, unknown>;
}
