// spf13/pflag v1.0.5's FlagSet.Parse over FlagSpecs: GNU-style flags as nerdctl and docker
// parse them. `--name value`, `--name=value`, `-n value`, `-nvalue`, `-n=value`, grouped
// shorthands (`-qa`), bool flags that take a value only after `=`, `--` ending the flags, and
// flags after positionals unless the command stops at its first argument (SetInterspersed).
// Errors carry pflag's own wording; cobra and the tool decide how they are printed.

import { goQuote } from '../../go/quote';
import { canonical, defaultValue, type FlagValue, type ParsedFlags } from '../flags';
import type { FlagSpec } from '../spec';
import { setFlagValue } from './pflag-values';

/** A flag error worded as pflag words it (`unknown flag: --foo`). */
export class PflagError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PflagError';
  }
}

/** `-h`/`--help` given while the command defines no help flag (pflag's ErrHelp). */
export class HelpRequested extends Error {
  constructor() {
    super('pflag: help requested');
    this.name = 'HelpRequested';
  }
}

/** The long name of a flag (pflag's Name): its first name. */
export const longName = (flag: FlagSpec): string => canonical(flag);

/** The one-letter shorthand, if the flag has one among its other names (used for parsing). */
export function shorthand(flag: FlagSpec): string | undefined {
  return flag.names.slice(1).find((n) => n.length === 1);
}

/** How pflag names a flag in a value error: `-n, --last` or `--format`. */
function flagTitle(flag: FlagSpec): string {
  const short = shorthand(flag);
  return short ? `-${short}, --${longName(flag)}` : `--${longName(flag)}`;
}

/** Go's %q of one byte (pflag quotes the shorthand letter it did not know). */
function quoteChar(c: string): string {
  if (c === "'") return "'\\''";
  if (c === '\\') return "'\\\\'";
  return `'${c}'`;
}

export interface PflagOptions {
  /** false: the first positional ends the flags (SetInterspersed(false)). */
  interspersed: boolean;
}

export interface PflagResult extends ParsedFlags {
  /** Lines pflag prints while parsing (`Flag shorthand -h has been deprecated, …`). */
  notices: string[];
}

class Parser {
  readonly values = new Map<string, FlagValue>();
  readonly set = new Set<string>();
  readonly positional: string[] = [];
  readonly notices: string[] = [];
  private readonly long = new Map<string, FlagSpec>();
  private readonly short = new Map<string, FlagSpec>();

  constructor(flags: readonly FlagSpec[]) {
    for (const f of flags) {
      this.long.set(longName(f), f);
      const s = shorthand(f);
      if (s) this.short.set(s, f);
      this.values.set(canonical(f), defaultValue(f));
    }
  }

  private assign(flag: FlagSpec, raw: string): void {
    const key = canonical(flag);
    const previous = this.set.has(key) ? this.values.get(key) : undefined;
    // docker's opts.FilterOpt.Set refuses a filter without `=` (docker/cli@v20.10.24 opts/opts.go).
    const refused = flag.check?.(raw);
    const r =
      refused !== undefined
        ? { error: refused }
        : flag.typeName === 'filter' && raw !== '' && !raw.includes('=')
          ? { error: 'bad format of filter (expected name=value)' }
          : setFlagValue(flag.kind, raw, Array.isArray(previous) ? previous : undefined);
    if ('error' in r) throw new PflagError(`invalid argument ${goQuote(raw)} for ${goQuote(flagTitle(flag))} flag: ${r.error}`);
    this.values.set(key, r.value);
    this.set.add(key);
    const target = flag.aliasOf !== undefined ? this.long.get(flag.aliasOf) : undefined;
    if (target) {
      this.values.set(canonical(target), r.value);
      this.set.add(canonical(target));
    }
  }

  /** `--name`, `--name=value`, `--name value`; returns the arguments left. */
  parseLong(s: string, rest: string[]): string[] {
    const body = s.slice(2);
    if (body === '' || body[0] === '-' || body[0] === '=') throw new PflagError(`bad flag syntax: ${s}`);
    const eq = body.indexOf('=');
    const name = eq >= 0 ? body.slice(0, eq) : body;
    const flag = this.long.get(name);
    if (!flag) {
      if (name === 'help') throw new HelpRequested();
      throw new PflagError(`unknown flag: --${name}`);
    }
    if (eq >= 0) this.assign(flag, body.slice(eq + 1));
    else if (flag.kind === 'bool') this.assign(flag, 'true');
    else if (rest.length > 0) {
      this.assign(flag, rest[0] ?? '');
      return rest.slice(1);
    } else throw new PflagError(`flag needs an argument: ${s}`);
    return rest;
  }

  /** `-abc`: each letter a flag until one takes the rest (or the next argument) as its value. */
  parseShort(s: string, rest: string[]): string[] {
    let shorthands = s.slice(1);
    let args = rest;
    while (shorthands.length > 0) {
      const c = shorthands[0] ?? '';
      const flag = this.short.get(c);
      if (!flag) {
        if (c === 'h') throw new HelpRequested();
        throw new PflagError(`unknown shorthand flag: ${quoteChar(c)} in -${shorthands}`);
      }
      if (shorthands.length > 2 && shorthands[1] === '=') {
        this.assign(flag, shorthands.slice(2));
        shorthands = '';
      } else if (flag.kind === 'bool') {
        this.assign(flag, 'true');
        shorthands = shorthands.slice(1);
      } else if (shorthands.length > 1) {
        this.assign(flag, shorthands.slice(1));
        shorthands = '';
      } else if (args.length > 0) {
        this.assign(flag, args[0] ?? '');
        args = args.slice(1);
        shorthands = '';
      } else {
        throw new PflagError(`flag needs an argument: ${quoteChar(c)} in -${shorthands}`);
      }
      if (flag.shorthandDeprecated) this.notices.push(`Flag shorthand -${c} has been deprecated, ${flag.shorthandDeprecated}\n`);
    }
    return args;
  }
}

/** Parses `args` against `flags`; throws PflagError or HelpRequested. */
export function parsePflags(flags: readonly FlagSpec[], args: readonly string[], options: PflagOptions): PflagResult {
  const p = new Parser(flags);
  let rest = [...args];
  while (rest.length > 0) {
    const s = rest[0] ?? '';
    rest = rest.slice(1);
    if (s.length < 2 || s[0] !== '-') {
      p.positional.push(s);
      if (!options.interspersed) {
        p.positional.push(...rest);
        break;
      }
      continue;
    }
    if (s === '--') {
      p.positional.push(...rest);
      break;
    }
    rest = s[1] === '-' ? p.parseLong(s, rest) : p.parseShort(s, rest);
  }
  return { values: p.values, set: p.set, positional: p.positional, notices: p.notices };
}
