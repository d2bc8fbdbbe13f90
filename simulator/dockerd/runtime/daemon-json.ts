// /etc/docker/daemon.json read as dockerd 20.10.24 reads it at start (moby v20.10.24
// daemon/config/config.go getConflictFreeConfiguration, findConfigurationConflicts, Validate;
// cmd/dockerd/daemon.go loadDaemonCliConfig), each failure with the text dockerd exits with
// after "unable to configure the Docker daemon with file <path>: ". In order:
//
// 1. json.Decoder into map[string]interface{}: Go's syntax errors, `EOF` for an empty file;
//    bytes after the first value are never read. `null` is an empty file's worth of nothing.
// 2. Values of keys that hold an object are flattened into the top level (so {"x":{"debug":true}}
//    sets debug), except the flat options (log-opts, runtimes, …).
// 3. A key that is no dockerd flag (nor a flag's NamedOption) is refused; then a key that a flag
//    of the unit's command line also sets (-H fd:// sets `hosts`).
// 4. json.Decoder into the Config struct: the first value of the wrong type.
// 5. `graph` and `data-root` together; then Validate (DNS, DNS search, labels, the pull limits,
//    runtimes, IPC and cgroup namespace modes), and duplicate label keys.
//
// Checked on a private dockerd 20.10.24 (--config-file) for each kind of failure. Go ranges over
// maps in random order where several unknown keys or labels are listed: here they keep the
// file's order.

import { GoJsonSyntaxError, GoUnexpectedEof, scanGoJson } from '../../go/json-scan';
import type { GoJsonValue } from '../../go/json-value';
import { parseGoInt, parseGoUint } from '../../go/strconv';
import { parseGoIp } from '../../go/net-ip';
import { ramInBytes } from '../../go/units-size';
import { DAEMON_FLAGS, FIELD_TYPES, FLAT_OPTIONS, SKIP_VALIDATE, type FieldType } from './daemon-json-keys';

/** A flag dockerd's unit sets on its command line, with its value as pflag's String() prints it. */
export interface SetFlag {
  name: string;
  value: string;
}

/** What the rest of dockerd's start uses of the file. */
export interface DaemonFileConfig {
  /** Top-level keys in the file's order (duplicates decoded in turn: the last wins). */
  values: Map<string, GoJsonValue>;
  /** Warnings logrus prints while reading it (`graph`). */
  warnings: string[];
}

/**
 * `message` follows "unable to configure the Docker daemon with file <path>: " unless `bare`
 * (the label check runs after loadDaemonCliConfig's wrapping and is printed alone).
 */
export type DaemonJsonResult = { ok: true; config: DaemonFileConfig } | { ok: false; message: string; bare?: boolean };

const isBlank = (bytes: string) => /^[ \t\r\n]*$/.test(bytes);

/** Go's name for a JSON value's kind in an UnmarshalTypeError ("number", "string", …). */
function kindName(value: GoJsonValue): string {
  return value.kind;
}

/** fmt's %v of the interface{} json decoded `value` into (float64, []interface{}, map[string]interface{}). */
export function goValueText(value: GoJsonValue): string {
  switch (value.kind) {
    case 'null':
      return '<nil>';
    case 'bool':
      return String(value.value);
    case 'string':
      return value.value;
    case 'number':
      return goFloatV(Number(value.literal));
    case 'array':
      return `[${value.items.map(goValueText).join(' ')}]`;
    case 'object': {
      const merged = new Map(value.entries);
      const keys = [...merged.keys()].sort();
      return `map[${keys.map((k) => `${k}:${goValueText(merged.get(k) as GoJsonValue)}`).join(' ')}]`;
    }
  }
}

/** %v of a float64: strconv 'g' with the shortest digits, exponent form from 1e6 or below 1e-4 (strconv decides with precision 6). */
function goFloatV(n: number): string {
  if (!Number.isFinite(n)) return n > 0 ? '+Inf' : n < 0 ? '-Inf' : 'NaN';
  if (n === 0) return Object.is(n, -0) ? '-0' : '0';
  const exp = Math.floor(Math.log10(Math.abs(n)));
  if (exp < -4 || exp >= 6) {
    const [mantissa, e] = n.toExponential().split('e');
    const power = Number(e);
    return `${mantissa}e${power < 0 ? '-' : '+'}${String(Math.abs(power)).padStart(2, '0')}`;
  }
  return String(n);
}

/** Go's `json: cannot unmarshal <value> into Go struct field Config.<key> of type <type>`. */
function typeError(value: string, key: string, type: string): string {
  return `json: cannot unmarshal ${value} into Go struct field Config.${key} of type ${type}`;
}

/** Decoding one value into its field: a type error to save, or an error that stops the decode. */
function checkField(key: string, value: GoJsonValue, type: FieldType): { saved?: string; abort?: string } {
  if (value.kind === 'null' && type.kind !== 'size') return {};
  const mismatch = (goType: string, shown = kindName(value)) => ({ saved: typeError(shown, key, goType) });
  switch (type.kind) {
    case 'any':
      return {};
    case 'bool':
      return value.kind === 'bool' ? {} : mismatch('bool');
    case 'string':
      return value.kind === 'string' ? {} : mismatch('string');
    case 'int': {
      if (value.kind !== 'number') return mismatch(type.go);
      const parsed = type.go === 'uint32' ? parseGoUint(value.literal, 32) : parseGoInt(value.literal, 64);
      return parsed.ok ? {} : mismatch(type.go, `number ${value.literal}`);
    }
    case 'list': {
      if (value.kind !== 'array') return mismatch('[]string');
      const bad = value.items.find((item) => item.kind !== 'string' && item.kind !== 'null');
      return bad ? { saved: typeError(kindName(bad), key, 'string') } : {};
    }
    case 'map': {
      if (value.kind !== 'object') return mismatch(type.go);
      const want = type.go === 'map[string]bool' ? 'bool' : 'string';
      const bad = value.entries.find(([, v]) => v.kind !== want && v.kind !== 'null');
      return bad ? { saved: typeError(kindName(bad[1]), key, want) } : {};
    }
    case 'ip': {
      if (value.kind !== 'string') return mismatch('net.IP');
      // net.IP's UnmarshalText: "" is no address; anything else must parse.
      if (value.value === '' || parseGoIp(value.value) !== undefined) return {};
      return { abort: `invalid IP address: ${value.value}` };
    }
    case 'size': {
      // opts.MemBytes.UnmarshalJSON sees the raw literal: only a quoted size will do.
      if (value.kind !== 'string' || value.value === '') {
        const raw = value.kind === 'string' ? '""' : value.kind === 'number' ? value.literal : value.kind === 'bool' ? String(value.value) : value.kind === 'null' ? 'null' : value.kind === 'array' ? '[…]' : '{…}';
        return { abort: `invalid size: ${JSON.stringify(raw)}` };
      }
      try {
        ramInBytes(value.value);
        return {};
      } catch (err) {
        return { abort: (err as Error).message };
      }
    }
    case 'object':
      return value.kind === 'object' ? {} : mismatch(type.go);
  }
}

function stringList(value: GoJsonValue | undefined): string[] {
  if (value?.kind !== 'array') return [];
  return value.items.map((item) => (item.kind === 'string' ? item.value : ''));
}

function intOf(value: GoJsonValue | undefined): number | undefined {
  return value?.kind === 'number' ? Number(value.literal) : undefined;
}

function stringOf(value: GoJsonValue | undefined): string {
  return value?.kind === 'string' ? value.value : '';
}

/** opts.ValidateDNSSearch: "." or a domain of letters, digits, dots and dashes. */
function dnsSearchError(raw: string): string | undefined {
  const val = raw.replace(/^ +| +$/g, '');
  if (val === '.') return undefined;
  if (!/[a-zA-Z]/.test(val)) return `${val} is not a valid domain`;
  const m = /^(:?(?:[a-zA-Z0-9]+(?:-*[a-zA-Z0-9]+)*\.?)+)$/.exec(val);
  return m && (m[1] ?? '').length < 255 ? undefined : `${val} is not a valid domain`;
}

const BUILTIN_RUNTIMES = new Set(['runc', 'io.containerd.runc.v2', 'io.containerd.runtime.v1.linux']);

/** config.Validate on the file's values alone; the error text, or undefined. */
function validate(values: Map<string, GoJsonValue>): string | undefined {
  for (const dns of stringList(values.get('dns'))) if (parseGoIp(dns.trim()) === undefined) return `${dns} is not an ip address`;
  for (const search of stringList(values.get('dns-search'))) {
    const error = dnsSearchError(search);
    if (error) return error;
  }
  for (const label of stringList(values.get('labels'))) {
    if (!label.includes('=')) return `bad attribute format: ${label}`;
    if (/^(com\.docker\.|io\.docker\.|org\.dockerproject\.)/.test(label.toLowerCase())) {
      return `label ${label} is not allowed: the namespaces com.docker.*, io.docker.*, and org.dockerproject.* are reserved for internal use`;
    }
  }
  const downloads = intOf(values.get('max-concurrent-downloads'));
  if (downloads !== undefined && downloads < 0) return `invalid max concurrent downloads: ${downloads}`;
  const uploads = intOf(values.get('max-concurrent-uploads'));
  if (uploads !== undefined && uploads < 0) return `invalid max concurrent uploads: ${uploads}`;
  const attempts = intOf(values.get('max-download-attempts'));
  if (attempts !== undefined && attempts <= 0) return `invalid max download attempts: ${attempts}`;
  const runtimes = values.get('runtimes');
  const runtimeNames = runtimes?.kind === 'object' ? runtimes.entries.map(([name]) => name) : [];
  if (runtimeNames.includes('runc')) return "runtime name 'runc' is reserved";
  const defaultRuntime = stringOf(values.get('default-runtime'));
  if (defaultRuntime !== '' && !BUILTIN_RUNTIMES.has(defaultRuntime) && !runtimeNames.includes(defaultRuntime)) {
    return `specified default runtime '${defaultRuntime}' does not exist`;
  }
  const ipc = stringOf(values.get('default-ipc-mode'));
  const ipcValid = ['', 'host', 'private', 'shareable', 'none'].includes(ipc) || /^container:./.test(ipc);
  if (!ipcValid) return `default IPC mode setting (${ipc}) is invalid; use "shareable" or "private"`;
  if (ipc !== '' && ipc !== 'private' && ipc !== 'shareable') return `IPC mode "${ipc}" is not supported as default value; use "shareable" or "private"`;
  const cgroupns = stringOf(values.get('default-cgroupns-mode'));
  if (!['', 'host', 'private'].includes(cgroupns)) return `default cgroup namespace mode (${cgroupns}) is invalid; use "host" or "private"`;
  return undefined;
}

/** config.GetConflictFreeLabels: one value per label key. */
function labelConflict(labels: readonly string[]): string | undefined {
  const seen = new Map<string, string>();
  for (const label of labels) {
    const eq = label.indexOf('=');
    if (eq < 0) continue;
    const [key, value] = [label.slice(0, eq), label.slice(eq + 1)];
    const before = seen.get(key);
    if (before !== undefined && before !== value) return `conflict labels for ${key}=${value} and ${key}=${before}`;
    seen.set(key, value);
  }
  return undefined;
}

/** The flags that name each file key they accept (their long names and NamedOption names). */
function knownKey(key: string): boolean {
  if (SKIP_VALIDATE.has(key) || Object.hasOwn(DAEMON_FLAGS, key)) return true;
  return Object.values(DAEMON_FLAGS).some((flag) => flag.named === key);
}

/**
 * Reads daemon.json's bytes (a binary string) with `setFlags` on the command line, sorted by
 * name as pflag visits them. The message is what follows "unable to configure …: ".
 */
export function readDaemonJson(bytes: string, setFlags: readonly SetFlag[]): DaemonJsonResult {
  if (isBlank(bytes)) return { ok: false, message: 'EOF' };
  let document: GoJsonValue;
  try {
    document = scanGoJson(bytes);
  } catch (err) {
    if (err instanceof GoUnexpectedEof || err instanceof GoJsonSyntaxError) return { ok: false, message: err.message };
    throw err;
  }
  if (document.kind === 'null') return { ok: true, config: { values: new Map(), warnings: [] } };
  if (document.kind !== 'object') return { ok: false, message: `json: cannot unmarshal ${kindName(document)} into Go value of type map[string]interface {}` };

  const flat = new Map<string, GoJsonValue>();
  for (const [key, value] of document.entries) {
    if (value.kind === 'object' && !FLAT_OPTIONS.has(key)) for (const [k, v] of value.entries) flat.set(k, v);
    else flat.set(key, value);
  }
  const unknown = [...flat.keys()].filter((key) => !knownKey(key));
  if (unknown.length > 0) return { ok: false, message: `the following directives don't match any configuration option: ${unknown.join(', ')}` };
  const conflicts: string[] = [];
  for (const flag of setFlags) {
    const key = DAEMON_FLAGS[flag.name]?.named ?? flag.name;
    const fileValue = flat.get(key);
    if (fileValue !== undefined && key !== 'runtimes') conflicts.push(`${key}: (from flag: ${flag.value}, from file: ${goValueText(fileValue)})`);
  }
  if (conflicts.length > 0) return { ok: false, message: `the following directives are specified both as a flag and in the configuration file: ${conflicts.join(', ')}` };

  const values = new Map<string, GoJsonValue>();
  let saved: string | undefined;
  for (const [key, value] of document.entries) {
    const type = FIELD_TYPES[key];
    if (type === undefined) continue;
    const checked = checkField(key, value, type);
    if (checked.abort !== undefined) return { ok: false, message: checked.abort };
    saved ??= checked.saved;
    if (checked.saved === undefined && value.kind !== 'null') values.set(key, value);
  }
  if (saved !== undefined) return { ok: false, message: saved };

  const warnings: string[] = [];
  if (stringOf(values.get('graph')) !== '') {
    warnings.push('The "graph" config file option is deprecated. Please use "data-root" instead.');
    if (stringOf(values.get('data-root')) !== '') return { ok: false, message: 'cannot specify both "graph" and "data-root" config file options' };
  }
  const invalid = validate(values);
  if (invalid !== undefined) return { ok: false, message: `configuration validation from file failed: ${invalid}` };
  const conflict = labelConflict(stringList(values.get('labels')));
  if (conflict !== undefined) return { ok: false, message: conflict, bare: true };
  return { ok: true, config: { values, warnings } };
}

/** The strings of a list option as the config holds them ([] when absent). */
export function configList(config: DaemonFileConfig, key: string): string[] {
  return stringList(config.values.get(key));
}

/** A bool option's value (false when absent). */
export function configBool(config: DaemonFileConfig, key: string): boolean {
  const value = config.values.get(key);
  return value?.kind === 'bool' && value.value;
}

/** A string option's value ('' when absent). */
export function configString(config: DaemonFileConfig, key: string): string {
  return stringOf(config.values.get(key));
}

/** A map[string]string option's entries, in the file's order. */
export function configMap(config: DaemonFileConfig, key: string): Record<string, string> {
  const value = config.values.get(key);
  if (value?.kind !== 'object') return {};
  return Object.fromEntries(value.entries.map(([k, v]) => [k, v.kind === 'string' ? v.value : '']));
}
