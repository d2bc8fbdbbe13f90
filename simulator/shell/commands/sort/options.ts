// sort's command line as coreutils 9.1 reads it (main in src/sort.c, getopt_long with
// "-bcCdfghik:mMno:rRsS:t:T:uVy:z"): options and files mix in any order, `--` ends options,
// long options take any unique prefix, and each error is the real one, word for word.

import { tryHelp } from '../coreutils-text';
import { type SortKey, defaultKeyCompare, newKey } from './key';

export interface SortRequest {
  keys: SortKey[];
  reverse: boolean;
  unique: boolean;
  stable: boolean;
  tab?: string;
  check?: 'c' | 'C';
  merge: boolean;
  output?: string;
  zero: boolean;
  files: string[];
  randomSource?: string;
  /** --help or --version: print this and exit 0. */
  info?: 'help' | 'version';
  /** A real option this node does not simulate (--debug, --files0-from). */
  unsimulated?: string;
}

export interface SortUsageError {
  stderr: string;
  exitCode: number;
}

const FAIL = 2;
const TRY = tryHelp('sort');

class UsageError extends Error {
  constructor(readonly stderr: string, readonly exitCode = FAIL) {
    super(stderr);
  }
}

const LONG_OPTIONS: Readonly<Record<string, { arg: 'none' | 'required' | 'optional'; short?: string }>> = {
  'ignore-leading-blanks': { arg: 'none', short: 'b' },
  check: { arg: 'optional' },
  'compress-program': { arg: 'required' },
  debug: { arg: 'none' },
  'dictionary-order': { arg: 'none', short: 'd' },
  'ignore-case': { arg: 'none', short: 'f' },
  'files0-from': { arg: 'required' },
  'general-numeric-sort': { arg: 'none', short: 'g' },
  'ignore-nonprinting': { arg: 'none', short: 'i' },
  key: { arg: 'required', short: 'k' },
  merge: { arg: 'none', short: 'm' },
  'month-sort': { arg: 'none', short: 'M' },
  'numeric-sort': { arg: 'none', short: 'n' },
  'human-numeric-sort': { arg: 'none', short: 'h' },
  'version-sort': { arg: 'none', short: 'V' },
  'random-sort': { arg: 'none', short: 'R' },
  'random-source': { arg: 'required' },
  sort: { arg: 'required' },
  output: { arg: 'required', short: 'o' },
  reverse: { arg: 'none', short: 'r' },
  stable: { arg: 'none', short: 's' },
  'batch-size': { arg: 'required' },
  'buffer-size': { arg: 'required', short: 'S' },
  'field-separator': { arg: 'required', short: 't' },
  'temporary-directory': { arg: 'required', short: 'T' },
  unique: { arg: 'none', short: 'u' },
  'zero-terminated': { arg: 'none', short: 'z' },
  parallel: { arg: 'required' },
  help: { arg: 'none' },
  version: { arg: 'none' },
};

const SHORT_WITH_ARG = new Set(['k', 'o', 'S', 't', 'T']);
const SHORT_FLAGS = new Set(['b', 'c', 'C', 'd', 'f', 'g', 'h', 'i', 'm', 'M', 'n', 'r', 'R', 's', 'u', 'V', 'z']);
const SORT_WORDS: Readonly<Record<string, string>> = {
  'general-numeric': 'g', 'human-numeric': 'h', month: 'M', numeric: 'n', random: 'R', version: 'V',
};
const CHECK_WORDS: Readonly<Record<string, 'c' | 'C'>> = { quiet: 'C', silent: 'C', 'diagnose-first': 'c' };

/** argmatch's complaint about a bad --sort or --check word (it exits 1, not 2). */
function badWord(option: string, word: string, table: Readonly<Record<string, string>>): UsageError {
  const groups = new Map<string, string[]>();
  for (const [w, v] of Object.entries(table)) groups.set(v, [...(groups.get(v) ?? []), `‘${w}’`]);
  const valid = [...groups.values()].map((names) => `  - ${names.join(', ')}\n`).join('');
  return new UsageError(`sort: invalid argument ‘${word}’ for ‘--${option}’\nValid arguments are:\n${valid}${TRY}`, 1);
}

/** A word from a table: exact, else a unique prefix (argmatch). */
function matchWord(word: string, table: Readonly<Record<string, string>>): string | undefined {
  if (Object.hasOwn(table, word)) return table[word];
  const hits = Object.keys(table).filter((w) => w.startsWith(word));
  const values = new Set(hits.map((w) => table[w]));
  return word !== '' && values.size === 1 ? table[hits[0] as string] : undefined;
}

/** Applies ordering letters from `s` to key; returns where the letters stop (set_ordering). */
function setOrdering(s: string, at: number, key: SortKey, blanks: 'start' | 'end' | 'both'): number {
  let i = at;
  for (; i < s.length; i++) {
    switch (s[i]) {
      case 'b':
        if (blanks !== 'end') key.skipsblanks = true;
        if (blanks !== 'start') key.skipeblanks = true;
        break;
      case 'd': key.ignore = 'nondictionary'; break;
      case 'f': key.translate = true; break;
      case 'g': key.generalNumeric = true; break;
      case 'h': key.humanNumeric = true; break;
      case 'i': key.ignore ??= 'nonprinting'; break;
      case 'M': key.month = true; break;
      case 'n': key.numeric = true; break;
      case 'R': key.random = true; break;
      case 'r': key.reverse = true; break;
      case 'V': key.version = true; break;
      default: return i;
    }
  }
  return i;
}

/** A field count at s[at…] (parse_field_count): digits, huge values clamp. */
function fieldCount(spec: string, at: number, what: string): { value: number; end: number } {
  const m = /^\d+/.exec(spec.slice(at));
  if (!m) throw new UsageError(`sort: ${what}: invalid count at start of ‘${spec.slice(at)}’\n`);
  return { value: Math.min(Number(m[0]), Number.MAX_SAFE_INTEGER), end: at + m[0].length };
}

function badSpec(spec: string, why: string): UsageError {
  return new UsageError(`sort: ${why}: invalid field specification ‘${spec}’\n`);
}

/** -k POS1[,POS2] */
function parseKey(spec: string): SortKey {
  const key = newKey();
  let { value, end } = fieldCount(spec, 0, 'invalid number at field start');
  if (value === 0) throw badSpec(spec, 'field number is zero');
  key.sword = value - 1;
  if (spec[end] === '.') {
    ({ value, end } = fieldCount(spec, end + 1, "invalid number after '.'"));
    if (value === 0) throw badSpec(spec, 'character offset is zero');
    key.schar = value - 1;
  }
  if (key.sword === 0 && key.schar === 0) key.sword = null;
  end = setOrdering(spec, end, key, 'start');
  if (spec[end] === ',') {
    ({ value, end } = fieldCount(spec, end + 1, "invalid number after ','"));
    if (value === 0) throw badSpec(spec, 'field number is zero');
    key.eword = value - 1;
    if (spec[end] === '.') ({ value: key.echar, end } = fieldCount(spec, end + 1, "invalid number after '.'"));
    end = setOrdering(spec, end, key, 'end');
  }
  if (end < spec.length) throw badSpec(spec, 'stray character in field spec');
  return key;
}

/** key_to_opts: the letters the incompatibility message lists. */
function keyLetters(key: SortKey): string {
  return [
    key.ignore === 'nondictionary' && 'd', key.translate && 'f', key.generalNumeric && 'g', key.humanNumeric && 'h',
    key.ignore === 'nonprinting' && 'i', key.month && 'M', key.numeric && 'n', key.random && 'R', key.version && 'V',
  ].filter(Boolean).join('');
}

function checkCompatible(key: SortKey): void {
  const kinds = [key.numeric, key.generalNumeric, key.humanNumeric, key.month, key.version || key.random || !!key.ignore];
  if (kinds.filter(Boolean).length > 1) throw new UsageError(`sort: options '-${keyLetters(key)}' are incompatible\n`);
}

class Parser {
  readonly req: SortRequest = { keys: [], reverse: false, unique: false, stable: false, merge: false, zero: false, files: [] };
  readonly global = newKey();

  option(letter: string, value: string | undefined): void {
    const req = this.req;
    switch (letter) {
      case 'c':
      case 'C':
        if (req.check && req.check !== letter) throw new UsageError("sort: options '-cC' are incompatible\n");
        req.check = letter;
        return;
      case 'k': req.keys.push(parseKey(value ?? '')); return;
      case 'm': req.merge = true; return;
      case 'o':
        if (req.output !== undefined && req.output !== value) throw new UsageError('sort: multiple output files specified\n');
        req.output = value;
        return;
      case 's': req.stable = true; return;
      case 't': this.tab(value ?? ''); return;
      case 'u': req.unique = true; return;
      case 'z': req.zero = true; return;
      case 'S': case 'T': return; // memory, temporary files: nothing to tune here
      default: setOrdering(letter, 0, this.global, 'both');
    }
  }

  private tab(value: string): void {
    if (value === '') throw new UsageError('sort: empty tab\n');
    let tab = value[0] as string;
    if (value.length > 1) {
      if (value !== '\\0') throw new UsageError(`sort: multi-character tab ‘${value}’\n`);
      tab = '\0';
    }
    if (this.req.tab !== undefined && this.req.tab !== tab) throw new UsageError('sort: incompatible tabs\n');
    this.req.tab = tab;
  }

  long(arg: string, next: () => string | undefined): void {
    const eq = arg.indexOf('=');
    const given = eq < 0 ? arg.slice(2) : arg.slice(2, eq);
    const exact = Object.hasOwn(LONG_OPTIONS, given) ? [given] : [];
    const names = exact.length > 0 ? exact : Object.keys(LONG_OPTIONS).filter((n) => n.startsWith(given));
    if (names.length === 0) throw new UsageError(`sort: unrecognized option '${arg}'\n${TRY}`);
    if (names.length > 1) {
      const list = names.map((n) => `'--${n}'`).join(' ');
      throw new UsageError(`sort: option '--${given}' is ambiguous; possibilities: ${list}\n${TRY}`);
    }
    const name = names[0] as string;
    const spec = LONG_OPTIONS[name] as (typeof LONG_OPTIONS)[string];
    let value = eq < 0 ? undefined : arg.slice(eq + 1);
    if (spec.arg === 'none' && value !== undefined) throw new UsageError(`sort: option '--${name}' doesn't allow an argument\n${TRY}`);
    if (spec.arg === 'required' && value === undefined) {
      value = next();
      if (value === undefined) throw new UsageError(`sort: option '--${name}' requires an argument\n${TRY}`);
    }
    if (spec.short) return this.option(spec.short, value);
    if (name === 'check') return this.check(value);
    this.longOnly(name, value ?? '');
  }

  /** --check, --check=WORD */
  private check(value: string | undefined): void {
    const letter = value === undefined ? 'c' : matchWord(value, CHECK_WORDS);
    if (!letter) throw badWord('check', value ?? '', CHECK_WORDS);
    this.option(letter, undefined);
  }

  private longOnly(name: string, value: string): void {
    switch (name) {
      case 'sort': {
        const letter = matchWord(value, SORT_WORDS);
        if (!letter) throw badWord('sort', value, SORT_WORDS);
        return this.option(letter, undefined);
      }
      case 'random-source': this.req.randomSource = value; return;
      case 'help': this.req.info ??= 'help'; return;
      case 'version': this.req.info ??= 'version'; return;
      case 'debug': this.req.unsimulated ??= '--debug'; return;
      case 'files0-from': this.req.unsimulated ??= '--files0-from'; return;
      default: // batch-size, compress-program, parallel: how sort works, not what it prints
    }
  }

  /** After the command line: keys without options take the global ones (main in sort.c). */
  finish(): SortRequest {
    const req = this.req;
    const g = this.global;
    for (const key of req.keys) {
      if (defaultKeyCompare(key) && !key.reverse) {
        Object.assign(key, {
          ignore: g.ignore, translate: g.translate, skipsblanks: g.skipsblanks, skipeblanks: g.skipeblanks,
          month: g.month, numeric: g.numeric, generalNumeric: g.generalNumeric, humanNumeric: g.humanNumeric,
          version: g.version, random: g.random, reverse: g.reverse,
        });
      }
    }
    if (req.keys.length === 0 && !defaultKeyCompare(g)) req.keys.push({ ...g, sword: null, eword: null });
    for (const key of req.keys) checkCompatible(key);
    req.reverse = g.reverse;
    if (req.check && req.files.length > 1) {
      throw new UsageError(`sort: extra operand '${req.files[1] ?? ''}' not allowed with -${req.check}\n`);
    }
    if (req.check && req.output !== undefined) throw new UsageError(`sort: options '-${req.check}o' are incompatible\n`);
    return req;
  }
}

export function parseSortArgs(args: readonly string[]): SortRequest | SortUsageError {
  const p = new Parser();
  try {
    let i = 0;
    const next = (): string | undefined => (i + 1 < args.length ? args[++i] : undefined);
    for (; i < args.length; i++) {
      const arg = args[i] as string;
      if (arg === '--') {
        p.req.files.push(...args.slice(i + 1));
        break;
      }
      if (arg.startsWith('--')) p.long(arg, next);
      else if (arg.startsWith('-') && arg !== '-') shortCluster(p, arg, next);
      else p.req.files.push(arg);
      if (p.req.info) break;
    }
    if (p.req.info) return p.req;
    return p.finish();
  } catch (err) {
    if (err instanceof UsageError) return { stderr: err.stderr, exitCode: err.exitCode };
    throw err;
  }
}

function shortCluster(p: Parser, arg: string, next: () => string | undefined): void {
  for (let j = 1; j < arg.length; j++) {
    const letter = arg[j] as string;
    if (SHORT_WITH_ARG.has(letter)) {
      const value = j + 1 < arg.length ? arg.slice(j + 1) : next();
      if (value === undefined) throw new UsageError(`sort: option requires an argument -- '${letter}'\n${TRY}`);
      p.option(letter, value);
      return;
    }
    if (letter === 'y') return; // Solaris' -yN, accepted and ignored with its digits
    if (!SHORT_FLAGS.has(letter)) throw new UsageError(`sort: invalid option -- '${letter}'\n${TRY}`);
    p.option(letter, undefined);
  }
}
