// Flag parsing as urfave/cli v1 does it on top of Go's `flag` package: flags come before
// positionals, parsing stops at the first non-flag or at `--`, `-x` and `--x` are the same,
// `--x=v` or `--x v`, bool flags take a value only with `=`. Leaf commands first move their
// known flags in front of the positionals (urfave v1.22's reorderArgs) unless the command
// opts out, which is why `ctr c create img id sh -c x` eats `-c` while `ctr run` does not.

import { parseGoDuration } from '../go/duration';
import { type GoNumError, parseGoFloat, parseGoInt, parseGoUint } from '../go/strconv';

// time.ParseDuration moved to the bottom layer (go/duration.ts): dockerd needs it too.
export { parseGoDuration };
import type { FlagKind, FlagSpec } from './spec';

/** A usage error worded exactly as Go's flag package words it. */
export class FlagError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FlagError';
  }
}

export type FlagValue = string | number | boolean | string[];

export interface ParsedFlags {
  /** Canonical flag name → value (set, from the environment, or the default). */
  values: Map<string, FlagValue>;
  /** Canonical names given on the command line or through their environment variable. */
  set: Set<string>;
  positional: string[];
}

/** Lookup table: every name and alias → its flag. */
export function flagIndex(flags: readonly FlagSpec[]): Map<string, FlagSpec> {
  const index = new Map<string, FlagSpec>();
  for (const f of flags) for (const n of f.names) index.set(n, f);
  return index;
}

export function canonical(flag: FlagSpec): string {
  return flag.names[0] ?? '';
}

/** strconv.ParseBool's accepted spellings. */
export const GO_BOOLS: Readonly<Record<string, boolean>> = {
  '1': true, t: true, T: true, TRUE: true, true: true, True: true,
  '0': false, f: false, F: false, FALSE: false, false: false, False: false,
};

/** A bigint as the flag's number: exact up to 2^53, the nearest double beyond. */
const toNumber = (n: bigint): number => Number(n);

/**
 * Go's flag Value.Set for `kind`: the value, or the reason Go's flag package gives
 * (`parse error` for a syntax error, `value out of range` for a range error).
 */
function convert(kind: FlagKind, raw: string): { value: FlagValue } | { error: GoNumError } {
  switch (kind) {
    case 'bool':
      return raw in GO_BOOLS ? { value: GO_BOOLS[raw] ?? false } : { error: 'parse error' };
    case 'int':
    case 'int64':
    case 'int32': {
      // Go's int is 64 bits on the node (amd64), like int64.
      const r = parseGoInt(raw, kind === 'int32' ? 32 : 64);
      return r.ok ? { value: toNumber(r.value) } : { error: r.error };
    }
    case 'uint':
    case 'uint64':
    case 'uint16': {
      const r = parseGoUint(raw, kind === 'uint16' ? 16 : 64);
      return r.ok ? { value: toNumber(r.value) } : { error: r.error };
    }
    case 'float64': {
      const r = parseGoFloat(raw);
      return r.ok ? { value: r.value } : { error: r.error };
    }
    case 'duration':
      return parseGoDuration(raw) === null ? { error: 'parse error' } : { value: raw };
    default:
      return { value: raw };
  }
}

/** The value a flag holds when it is not given (and no environment variable sets it). */
export function defaultValue(flag: FlagSpec): FlagValue {
  const v = flag.value;
  switch (flag.kind) {
    case 'bool':
      return v === true;
    case 'stringSlice':
    case 'stringArray':
      return Array.isArray(v) ? [...(v as readonly string[])] : [];
    case 'string':
      return typeof v === 'string' ? v : '';
    case 'duration':
      return typeof v === 'string' && v !== '' ? v : '0s';
    default:
      return typeof v === 'number' ? v : 0;
  }
}

/** urfave's argIsFlag: is `arg` one of these flags, in any of its spellings? */
function argIsFlag(index: Map<string, FlagSpec>, arg: string): boolean {
  if (arg === '-' || !arg.startsWith('-')) return false;
  let name = arg.startsWith('--') ? arg.slice(2) : arg.slice(1);
  name = name.split('=')[0] ?? '';
  return index.has(name);
}

/**
 * urfave v1.22's reorderArgs (as ctr 1.6.20 vendors it): known flags (and their values) first,
 * then `--`, the positionals before it and everything after it (`c create IMG -- true` names the
 * container `true`). The word after a flag goes with it unless it is itself one of the
 * command's flags, even when it starts with `-` (`kill -s -9`, `--label -a`), and even `--`.
 */
export function reorderArgs(flags: readonly FlagSpec[], args: readonly string[]): string[] {
  const index = flagIndex(flags);
  const reordered: string[] = [];
  const remaining: string[] = [];
  let mayBeValue = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (mayBeValue && !argIsFlag(index, arg)) {
      mayBeValue = false;
      reordered.push(arg);
    } else if (arg === '--') {
      // The delimiter goes before the positionals seen so far, where Go's flag parsing drops it.
      remaining.unshift('--');
      remaining.push(...args.slice(i + 1));
      break;
    } else if (argIsFlag(index, arg)) {
      reordered.push(arg);
      mayBeValue = !arg.includes('=');
    } else {
      remaining.push(arg);
    }
  }
  return [...reordered, ...remaining];
}

/**
 * Go's FlagSet.Parse over `args`, with urfave's environment fallback applied first.
 * Throws FlagError with Go's own wording. `splitSlices`: urfave v2's comma splitting.
 */
export function parseFlags(
  flags: readonly FlagSpec[],
  args: readonly string[],
  environ: Readonly<Record<string, string>>,
  options: { splitSlices?: boolean } = {},
): ParsedFlags & { named: Set<string> } {
  const index = flagIndex(flags);
  const values = new Map<string, FlagValue>();
  const set = new Set<string>();
  for (const f of flags) {
    values.set(canonical(f), defaultValue(f));
    const envName = (f.envVar ?? '')
      .split(',')
      .map((e) => e.trim())
      .find((e) => e !== '' && Object.prototype.hasOwnProperty.call(environ, e));
    if (envName === undefined) continue;
    const raw = environ[envName] ?? '';
    if (f.kind === 'stringSlice' || f.kind === 'stringArray') {
      values.set(canonical(f), raw.split(',').map((s) => s.trim()));
      set.add(canonical(f));
    } else {
      const v = convert(f.kind, raw);
      if ('value' in v) {
        values.set(canonical(f), v.value);
        set.add(canonical(f));
      }
    }
  }

  const sliceSeen = new Set<string>();
  // The names the command line itself used (`n`, `namespace`), for urfave v1's two-forms check.
  const named = new Set<string>();
  let i = 0;
  while (i < args.length) {
    const s = args[i] ?? '';
    if (s.length < 2 || s[0] !== '-') break;
    let minuses = 1;
    if (s[1] === '-') {
      minuses = 2;
      if (s.length === 2) {
        i++;
        break;
      }
    }
    let name = s.slice(minuses);
    if (name.length === 0 || name[0] === '-' || name[0] === '=') {
      throw new FlagError(`bad flag syntax: ${s}`);
    }
    i++;
    let value: string | undefined;
    const eq = name.indexOf('=');
    if (eq > 0) {
      value = name.slice(eq + 1);
      name = name.slice(0, eq);
    }
    const flag = index.get(name);
    if (!flag) throw new FlagError(`flag provided but not defined: -${name}`);
    const key = canonical(flag);
    named.add(name);
    if (flag.kind === 'bool') {
      if (value !== undefined) {
        const b = convert('bool', value);
        if ('error' in b) throw new FlagError(`invalid boolean value ${JSON.stringify(value)} for -${name}: ${b.error}`);
        values.set(key, b.value);
      } else {
        values.set(key, true);
      }
      set.add(key);
      continue;
    }
    if (value === undefined) {
      if (i >= args.length) throw new FlagError(`flag needs an argument: -${name}`);
      value = args[i] ?? '';
      i++;
    }
    if (flag.kind === 'stringSlice' || flag.kind === 'stringArray') {
      // urfave v1 appends each occurrence; the first one replaces a value from the environment.
      const current = sliceSeen.has(key) ? (values.get(key) as string[]) : [];
      // urfave v2's StringSlice.Set splits each occurrence on commas; v1 keeps it whole.
      values.set(key, [...current, ...(options.splitSlices ? value.split(',') : [value])]);
      sliceSeen.add(key);
    } else {
      const v = convert(flag.kind, value);
      if ('error' in v) throw new FlagError(`invalid value ${JSON.stringify(value)} for flag -${name}: ${v.error}`);
      values.set(key, v.value);
    }
    set.add(key);
  }
  return { values, set, named, positional: args.slice(i) };
}
