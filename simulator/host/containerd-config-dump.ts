// `containerd config dump` of containerd 1.6.20: the default config with the config file decoded
// over it (go-toml v1 Unmarshal into the defaults), printed by the same encoder as `config
// default`, and `imports` naming the file. Checked against the real binary on this machine:
// a field the file sets takes its value; a key the config has no field for is dropped; an empty
// file is a version-1 config, warned about, and leaves the defaults. Where the decode would do
// more than set fields of the default text it is not simulated here: an entry of a map of
// structs the file names only in part (a runtime, whose other fields go zero: `runtime_type`
// emptied by a lone `SystemdCgroup = true`), a new map key or entry (a registry mirror), imports,
// version 1 configs with content (migrated plugin names), a value of another type than the field's.

import { parse } from 'smol-toml';
import { CONTAINERD_DEFAULT_CONFIG } from './containerd-default-config';

export type ConfigDump =
  | { kind: 'text'; text: string; warning?: string }
  | { kind: 'error'; message: string }
  | { kind: 'not-simulated'; what: string };

/** config.go's warning for a file without `version = 2`. */
export const VERSION_1_WARNING =
  'containerd config version `1` has been deprecated and will be removed in containerd v2.0, please switch to version `2`, see https://github.com/containerd/containerd/blob/main/docs/PLUGINS.md#version-header';

interface DefaultLine {
  /** Index of the line in the default text. */
  index: number;
  table: string[];
  key: string;
  value: string;
  indent: string;
}

/** A table header's path: `plugins."io.containerd.grpc.v1.cri".containerd` → its keys. */
function tablePath(header: string): string[] {
  return [...header.matchAll(/"([^"]*)"|([^.]+)/g)].map((m) => m[1] ?? m[2] ?? '');
}

/** The default text's tables (by path) and its key lines. */
function readDefault(): { lines: string[]; keys: DefaultLine[]; tables: Set<string> } {
  const lines = CONTAINERD_DEFAULT_CONFIG.split('\n');
  const keys: DefaultLine[] = [];
  const tables = new Set<string>([JSON.stringify([])]);
  let table: string[] = [];
  lines.forEach((line, index) => {
    const header = /^\s*\[(.+)\]\s*$/.exec(line);
    if (header) {
      table = tablePath(header[1] ?? '');
      tables.add(JSON.stringify(table));
      return;
    }
    const kv = /^(\s*)("[^"]*"|[A-Za-z0-9_-]+) = (.*)$/.exec(line);
    if (kv) keys.push({ index, table, key: (kv[2] ?? '').replace(/^"|"$/g, ''), value: kv[3] ?? '', indent: kv[1] ?? '' });
  });
  return { lines, keys, tables };
}

/**
 * Maps of structs (map[string]Runtime, the registry's mirrors, configs and auths, the stream
 * processors and proxy plugins): go-toml keeps the map's other entries but decodes an entry
 * the file names into a fresh zero value, so that entry is only what the file says.
 */
function isMapOfStructs(path: readonly string[]): boolean {
  const last = path[path.length - 1] ?? '';
  if (path.length === 1) return last === 'stream_processors' || last === 'proxy_plugins';
  return last === 'runtimes' || (path[path.length - 2] === 'registry' && ['auths', 'configs', 'mirrors'].includes(last));
}

/** Maps of plain values (timeouts, a runtime's options, the registry's headers): key by key. */
function isValueMap(path: readonly string[]): boolean {
  const last = path[path.length - 1] ?? '';
  if (path.length === 1) return last === 'timeouts';
  return last === 'options' || (last === 'headers' && path[path.length - 2] === 'registry');
}

/** The map entry (a table path) of a map of structs that holds `table`, if any. */
function entryOf(table: readonly string[]): string[] | undefined {
  for (let n = 1; n < table.length; n++) if (isMapOfStructs(table.slice(0, n))) return table.slice(0, n + 1);
  return undefined;
}

type Leaf = { path: string[]; value: unknown };

function leaves(value: Record<string, unknown>, path: string[] = [], out: Leaf[] = []): Leaf[] {
  for (const [key, v] of Object.entries(value)) {
    if (v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date)) leaves(v as Record<string, unknown>, [...path, key], out);
    else out.push({ path: [...path, key], value: v });
  }
  return out;
}

/** BurntSushi/toml's quoteString. */
function quote(text: string): string {
  let out = '"';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (ch === '"' || ch === '\\') out += `\\${ch}`;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\r') out += '\\r';
    else if (code < 0x20 || code === 0x7f) out += `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
    else out += ch;
  }
  return `${out}"`;
}

/** The value as the encoder writes a field of the default's type, or undefined for another type. */
function encode(value: unknown, like: string): string | undefined {
  if (like.startsWith('"')) return typeof value === 'string' ? quote(value) : undefined;
  if (like === 'true' || like === 'false') return typeof value === 'boolean' ? String(value) : undefined;
  if (like.startsWith('[')) {
    if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) return undefined;
    return `[${value.map((v) => quote(v)).join(', ')}]`;
  }
  if (/^-?\d+$/.test(like)) return typeof value === 'number' && Number.isInteger(value) ? String(value) : undefined;
  if (/^-?\d+\.\d+$/.test(like)) return typeof value === 'number' ? (Number.isInteger(value) ? `${value}.0` : String(value)) : undefined;
  return undefined;
}

/** The dump for the config file at `path` holding `text` (undefined: no such file). */
export function configDump(path: string, text: string | undefined): ConfigDump {
  if (text === undefined) return { kind: 'error', message: `failed to load TOML: ${path}: open ${path}: no such file or directory` };
  let user: Record<string, unknown>;
  try {
    user = parse(text) as Record<string, unknown>;
  } catch (err) {
    // go-toml words its parse errors otherwise; the position and the cause are smol-toml's.
    const detail = err instanceof Error ? (err.message.split('\n')[0] ?? '') : String(err);
    return { kind: 'error', message: `failed to load TOML: ${path}: ${detail}` };
  }
  const { lines, keys, tables } = readDefault();
  const setLeaves = leaves(user);
  let warning: string | undefined;
  if (user.version !== 2) {
    if (setLeaves.length > 0) return { kind: 'not-simulated', what: 'containerd config dump of a version 1 config (its plugin names are migrated)' };
    warning = VERSION_1_WARNING;
  }
  if (Array.isArray(user.imports) && user.imports.length > 0) return { kind: 'not-simulated', what: 'containerd config dump with imports' };
  // An entry of a map of structs the file names must be whole there, as it comes out whole.
  const entries = new Set(setLeaves.map((l) => entryOf(l.path.slice(0, -1))).filter((e): e is string[] => e !== undefined).map((e) => JSON.stringify(e)));
  for (const entry of entries) {
    const prefix = JSON.parse(entry) as string[];
    const under = (p: readonly string[]) => prefix.every((k, i) => p[i] === k);
    const want = keys.filter((k) => under(k.table)).map((k) => JSON.stringify([...k.table, k.key])).sort();
    const have = setLeaves.filter((l) => under(l.path)).map((l) => JSON.stringify(l.path)).sort();
    if (JSON.stringify(want) !== JSON.stringify(have)) {
      return { kind: 'not-simulated', what: `containerd config dump of a config that sets part of [${prefix.join('.')}] (its entry is decoded afresh, the rest zeroed)` };
    }
  }
  const out = [...lines];
  for (const leaf of setLeaves) {
    if (leaf.path.length === 1 && (leaf.path[0] === 'version' || leaf.path[0] === 'imports')) continue;
    const table = leaf.path.slice(0, -1);
    const key = leaf.path[leaf.path.length - 1];
    const line = keys.find((k) => k.key === key && JSON.stringify(k.table) === JSON.stringify(table));
    if (!line) {
      // A key of a struct the config has no field for is dropped; a new key of a map, or a
      // table the default text does not show (a plugin's or a map's entry), is not simulated.
      if (!isValueMap(table) && (tables.has(JSON.stringify(table)) || table.length === 0)) continue;
      return { kind: 'not-simulated', what: `containerd config dump of a config with [${table.join('.')}]` };
    }
    const value = encode(leaf.value, line.value);
    if (value === undefined) return { kind: 'not-simulated', what: `containerd config dump of ${leaf.path.join('.')} with a value of another type than the field's` };
    out[line.index] = `${line.indent}${line.key.includes('.') ? `"${line.key}"` : line.key} = ${value}`;
  }
  const importsAt = out.findIndex((l) => l.startsWith('imports = '));
  out[importsAt] = `imports = [${quote(path)}]`;
  return { kind: 'text', text: out.join('\n'), ...(warning ? { warning } : {}) };
}
