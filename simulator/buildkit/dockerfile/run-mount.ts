// RUN --mount's value (moby/buildkit@v0.10.4 frontend/dockerfile/instructions/
// commands_runmount.go parseMount): one CSV record of key=value fields. At parse time (no
// expander) only the CSV itself and a variable in `from` are checked; the frontend parses
// again while converting, with the stage's variables expanded, and only then do the keys,
// types and their combinations fail (at the RUN's lines). The mount types bind (the default),
// cache, tmpfs, secret and ssh are all built into the 1.4 frontend.

import { splitCsvRecord } from './csv-record';
import { withSuggestion } from './suggest';

type MountType = 'bind' | 'cache' | 'tmpfs' | 'secret' | 'ssh';

export interface RunMount {
  type: MountType;
  from: string;
  source: string;
  target: string;
  readOnly: boolean;
  /** tmpfs size= in bytes (0: no limit). */
  sizeLimit: number;
  /** id= (a cache's id, a secret's or ssh socket's id). */
  id: string;
  sharing: string;
  required: boolean;
  mode?: number;
  uid?: number;
  gid?: number;
}

/** allowedMountTypes in a fixed order (Go ranges over the map at random; the suggestion is the same). */
const MOUNT_TYPES: readonly MountType[] = ['bind', 'cache', 'tmpfs', 'secret', 'ssh'];
const SHARING = ['shared', 'private', 'locked'];
const ALL_KEYS = ['type', 'from', 'source', 'target', 'readonly', 'id', 'sharing', 'required', 'mode', 'uid', 'gid', 'src', 'dst', 'ro', 'rw', 'readwrite'];

/** strconv.ParseBool. */
function parseBool(value: string): boolean | undefined {
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(value)) return true;
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(value)) return false;
  return undefined;
}

/** strconv.ParseUint(value, base, 32). */
function parseUint32(value: string, base: 8 | 10): number | undefined {
  const re = base === 8 ? /^[0-7]+$/ : /^[0-9]+$/;
  if (!re.test(value)) return undefined;
  const n = parseInt(value, base);
  return n > 0xffffffff ? undefined : n;
}

/** docker's opts.MemBytes (units.RAMInBytes): 64m, 1g, 512k, 100 (bytes). */
function ramInBytes(value: string): number | undefined {
  const m = /^(\d+(?:\.\d+)?)\s*([kmgtp]?)(i?b)?$/i.exec(value.trim());
  if (!m) return undefined;
  const power = 'bkmgtp'.indexOf((m[2] || 'b').toLowerCase());
  return Math.floor(Number(m[1]) * 1024 ** power);
}

/**
 * parseMount. With no `expand` (parse time) only the checks that need no variables run and
 * nothing is returned; with one, every field is expanded and checked. Throws buildkit's words.
 */
export function parseRunMount(value: string, expand?: (word: string) => string): RunMount | undefined {
  let fields: string[];
  try {
    fields = splitCsvRecord(value);
  } catch (err) {
    throw new Error(`failed to parse csv mounts: ${(err as Error).message}`);
  }
  const m: RunMount = { type: 'bind', from: '', source: '', target: '', readOnly: false, sizeLimit: 0, id: '', sharing: '', required: false };
  let roAuto = true;
  const bad = (key: string, v: string) => new Error(`invalid value for ${key}: ${v}`);
  for (const field of fields) {
    const eq = field.indexOf('=');
    const key = (eq === -1 ? field : field.slice(0, eq)).toLowerCase();
    if (eq === -1) {
      if (!expand) continue;
      if (key === 'readonly' || key === 'ro' || key === 'readwrite' || key === 'rw') {
        m.readOnly = key === 'readonly' || key === 'ro';
        roAuto = false;
        continue;
      }
      if (key === 'required') {
        if (m.type !== 'secret' && m.type !== 'ssh') throw new Error(`unexpected key '${key}' for mount type '${m.type}'`);
        m.required = true;
        continue;
      }
      throw new Error(`invalid field '${field}' must be a key=value pair`);
    }
    let v = field.slice(eq + 1);
    if (expand) v = expand(v);
    else {
      if (key === 'from' && /\$./.test(v)) throw new Error(`'${key}' doesn't support variable expansion, define alias stage instead`);
      continue;
    }
    switch (key) {
      case 'type': {
        const t = v.toLowerCase() as MountType;
        if (!MOUNT_TYPES.includes(t)) throw new Error(withSuggestion(`unsupported mount type ${JSON.stringify(v)}`, v, MOUNT_TYPES, true));
        m.type = t;
        break;
      }
      case 'from':
        m.from = v;
        break;
      case 'source':
      case 'src':
        m.source = v;
        break;
      case 'target':
      case 'dst':
      case 'destination':
        m.target = v;
        break;
      case 'readonly':
      case 'ro':
      case 'readwrite':
      case 'rw': {
        const b = parseBool(v);
        if (b === undefined) throw bad(key, v);
        m.readOnly = key === 'readonly' || key === 'ro' ? b : !b;
        roAuto = false;
        break;
      }
      case 'required': {
        if (m.type !== 'secret' && m.type !== 'ssh') throw new Error(`unexpected key '${key}' for mount type '${m.type}'`);
        const b = parseBool(v);
        if (b === undefined) throw bad(key, v);
        m.required = b;
        break;
      }
      case 'size': {
        if (m.type !== 'tmpfs') throw new Error(`unexpected key '${key}' for mount type '${m.type}'`);
        const n = ramInBytes(v);
        if (n === undefined) throw bad(key, v);
        m.sizeLimit = n;
        break;
      }
      case 'id':
        m.id = v;
        break;
      case 'sharing':
        if (!SHARING.includes(v.toLowerCase())) throw new Error(`unsupported sharing value ${JSON.stringify(v)}`);
        m.sharing = v.toLowerCase();
        break;
      case 'mode':
      case 'uid':
      case 'gid': {
        const n = parseUint32(v, key === 'mode' ? 8 : 10);
        if (n === undefined) throw new Error(`invalid value ${v} for ${key}`);
        m[key] = n;
        break;
      }
      default:
        throw new Error(withSuggestion(`unexpected key '${key}' in '${field}'`, key, ALL_KEYS, true));
    }
  }
  if (!expand) return undefined;
  const fileInfo = m.type === 'secret' || m.type === 'ssh' || m.type === 'cache';
  for (const k of ['mode', 'uid', 'gid'] as const) {
    if (m[k] !== undefined && !fileInfo) throw new Error(`${k} not allowed for ${JSON.stringify(m.type)} type mounts`);
  }
  if (roAuto) m.readOnly = !(m.type === 'cache' || m.type === 'tmpfs');
  if (m.sharing !== '' && m.type !== 'cache') throw new Error(`invalid cache sharing set for ${m.type} mount`);
  if (m.type === 'secret') {
    if (m.from !== '') throw new Error('secret mount should not have a from');
    if (m.source === '' && m.target === '' && m.id === '') throw new Error('invalid secret mount. one of source, target required');
    if (m.source !== '' && m.id !== '') throw new Error("both source and id can't be set");
  }
  return m;
}
