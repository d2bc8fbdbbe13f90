// busybox 1.35 find's expression (findutils/find.c parse_params): a list of OR groups, each a
// list of tests and actions ANDed together, `!` inverting the next one, `( … )` a group of its
// own. Options (-follow, -xdev, -depth, -mindepth, -maxdepth) take effect wherever they stand.
// Arguments are checked while parsing, so a bad one stops find before it looks at any file.

import { globSource } from '../sh/sh-pattern';
import { parseMode } from './find-mode';

/** A test or action, with what it needs to decide on a file. */
type FindPrimary =
  | { kind: 'print' | 'print0' | 'prune' | 'quit' | 'empty' | 'executable' }
  | { kind: 'name' | 'path'; pattern: RegExp }
  | { kind: 'regex'; pattern: RegExp }
  | { kind: 'type'; type: string }
  | { kind: 'perm'; how: '+' | '-' | '='; mask: number }
  | { kind: 'time'; unitSeconds: number; sign: string; amount: number }
  | { kind: 'newer'; mtime: number }
  | { kind: 'samefile'; path: string }
  | { kind: 'user' | 'group'; id: number }
  | { kind: 'size'; sign: string; bytes: number }
  | { kind: 'links'; sign: string; count: number }
  | { kind: 'exec'; argv: string[]; plus: boolean; files: string[] }
  | { kind: 'paren'; groups: FindGroups };

export type FindTerm = FindPrimary & { invert: boolean };
export type FindGroups = FindTerm[][];

export interface FindOptions {
  follow: boolean;
  xdev: boolean;
  depthFirst: boolean;
  minDepth: number;
  maxDepth: number;
  /** No -print, -print0 or -exec anywhere: a file the expression accepts is printed. */
  needPrint: boolean;
}

/** What parsing needs of the world: the files -newer and -samefile name, the users and groups. */
export interface FindLookups {
  mtimeOf(path: string): number | undefined;
  /** The path a -samefile operand resolves to (links followed with -L), undefined when absent. */
  identityOf(path: string, follow: boolean): string | undefined;
  uidOf(name: string): number | undefined;
  gidOf(name: string): number | undefined;
}

/** A parse that stops find: the message (after `find: `) and whether the usage follows. */
export class FindParseError extends Error {
  constructor(message: string, readonly usage = false) {
    super(message);
  }
}

const NO_ARGUMENT = new Set(['-follow', '-xdev', '-depth', '-a', '-o', '!', '-and', '-or', '-not', '-print', '-print0', '-prune', '-quit', '-empty', '-exec', '-executable', '(']);
const WITH_ARGUMENT = new Set([
  '-name', '-iname', '-path', '-wholename', '-ipath', '-regex', '-type', '-perm', '-mtime', '-atime', '-ctime', '-mmin', '-amin', '-cmin',
  '-newer', '-inum', '-samefile', '-user', '-group', '-size', '-links', '-mindepth', '-maxdepth',
]);

const INT_MAX = 2 ** 31 - 1;
const ULONG_MAX = 2 ** 64 - 1;

/** xatoul and friends: decimal digits only, else `invalid number 'X'`. */
function number(text: string, max = ULONG_MAX): number {
  if (!/^[0-9]+$/.test(text) || Number(text) > max) throw new FindParseError(`invalid number '${text}'`);
  return Number(text);
}

/** plus_minus_num: a leading + or - is the comparison, the rest the number. */
function signed(text: string): { sign: string; rest: string } {
  return text.startsWith('+') || text.startsWith('-') ? { sign: text[0] ?? '', rest: text.slice(1) } : { sign: '', rest: text };
}

const SIZE_UNITS: Record<string, number> = { c: 1, w: 2, '': 512, b: 512, k: 1024 };

/** xatoull_sfx with find's suffixes: N, Nc, Nw, Nb, Nk. */
function size(text: string): number {
  const m = /^([0-9]+)([cwbk]?)$/.exec(text);
  if (!m) throw new FindParseError(`invalid number '${text}'`);
  return Number(m[1]) * (SIZE_UNITS[m[2] ?? ''] ?? 512);
}

/** fnmatch(pattern, s, 0): no special leading dot, `*` crosses slashes; -iname and -ipath fold case. */
function fnmatchRegExp(pattern: string, foldCase: boolean): RegExp {
  // globSource reads a shell word, where quotes still quote; fnmatch sees them as plain characters.
  const source = globSource(pattern.replace(/['"]/g, (q) => `\\${q}`));
  return new RegExp(`^${source}$`, foldCase ? 'i' : '');
}

/** A POSIX basic regular expression as a RegExp that must match the whole path (ACTF(regex)). */
function basicRegExp(pattern: string): RegExp {
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i] ?? '';
    if (ch === '\\' && i + 1 < pattern.length) {
      const next = pattern[++i] ?? '';
      source += '(){}|+?'.includes(next) ? next : /[a-zA-Z0-9]/.test(next) ? next : `\\${next}`;
    } else if ('(){}|+?/'.includes(ch) || (ch === '*' && (source === '' || source.endsWith('(')))) {
      source += `\\${ch}`;
    } else if (ch === '[') {
      const end = pattern.indexOf(']', pattern[i + 1] === ']' ? i + 2 : i + 1);
      if (end < 0) throw new FindParseError(`bad regex '${pattern}': Unmatched [, [^, [:, [., or [=`);
      source += pattern.slice(i, end + 1).replace(/\\/g, '\\\\');
      i = end;
    } else source += ch;
  }
  try {
    return new RegExp(`^(?:${source})$`);
  } catch {
    throw new FindParseError(`bad regex '${pattern}': Unmatched ( or \\(`);
  }
}

const TYPES = new Set(['b', 'c', 'd', 'p', 'f', 'l', 's']);

interface Parser {
  options: FindOptions;
  lookups: FindLookups;
}

function primary(p: Parser, arg: string, value: string): FindPrimary {
  switch (arg) {
    case '-name':
    case '-iname':
      return { kind: 'name', pattern: fnmatchRegExp(value, arg === '-iname') };
    case '-path':
    case '-wholename':
    case '-ipath':
      return { kind: 'path', pattern: fnmatchRegExp(value, arg === '-ipath') };
    case '-regex':
      return { kind: 'regex', pattern: basicRegExp(value) };
    case '-type':
      if (value.length !== 1 || !TYPES.has(value)) throw new FindParseError(`invalid argument '${value}' to '-type'`);
      return { kind: 'type', type: value };
    case '-perm': {
      const how = value.startsWith('-') ? '-' : value.startsWith('+') || value.startsWith('/') ? '+' : '=';
      const text = how === '=' ? value : value.slice(1);
      const mask = parseMode(text);
      if (mask === undefined) throw new FindParseError(`invalid mode '${text}'`);
      return { kind: 'perm', how, mask };
    }
    case '-mtime':
    case '-atime':
    case '-ctime':
    case '-mmin':
    case '-amin':
    case '-cmin': {
      const { sign, rest } = signed(value);
      return { kind: 'time', unitSeconds: arg.endsWith('min') ? 60 : 24 * 60 * 60, sign, amount: number(rest) };
    }
    case '-newer': {
      const mtime = p.lookups.mtimeOf(value);
      if (mtime === undefined) throw new FindParseError(`can't stat '${value}': No such file or directory`);
      return { kind: 'newer', mtime };
    }
    case '-samefile': {
      const path = p.lookups.identityOf(value, p.options.follow);
      if (path === undefined) throw new FindParseError(`can't stat '${value}': No such file or directory`);
      return { kind: 'samefile', path };
    }
    case '-user':
    case '-group': {
      const id = /^[0-9]+$/.test(value) && Number(value) <= 2 ** 32 - 1 ? Number(value) : arg === '-user' ? p.lookups.uidOf(value) : p.lookups.gidOf(value);
      if (id === undefined) throw new FindParseError(`unknown ${arg.slice(1)} ${value}`);
      return { kind: arg === '-user' ? 'user' : 'group', id };
    }
    case '-size': {
      const { sign, rest } = signed(value);
      return { kind: 'size', sign, bytes: size(rest) };
    }
    case '-links': {
      const { sign, rest } = signed(value);
      return { kind: 'links', sign, count: number(rest) };
    }
    default:
      throw new FindParseError(`unrecognized: ${arg}`, true);
  }
}

/** -exec CMD ARG… ; or -exec CMD ARG… {} +: the words up to the terminator; `at` is past -exec. */
function execPrimary(args: readonly string[], at: number): { primary: FindPrimary; next: number } {
  let end = at;
  while (end < args.length && args[end] !== ';' && args[end] !== '+') end++;
  if (end >= args.length || end === at) throw new FindParseError('-exec requires an argument');
  const argv = args.slice(at, end);
  const plus = args[end] === '+';
  // One {} per -exec + (coreutils' rule, which busybox keeps): its list of files goes there.
  if (plus && argv.reduce((n, a) => n + a.split('{}').length - 1, 0) !== 1) throw new FindParseError("only one '{}' allowed for -exec +");
  return { primary: { kind: 'exec', argv, plus, files: [] }, next: end + 1 };
}

function parseGroups(p: Parser, args: readonly string[]): FindGroups {
  const groups: FindGroups = [[]];
  let invert = false;
  const add = (primary: FindPrimary) => {
    groups[groups.length - 1]?.push({ ...primary, invert });
    invert = false;
  };
  let i = 0;
  while (i < args.length) {
    const arg = args[i] ?? '';
    const value = args[i + 1];
    if (WITH_ARGUMENT.has(arg) && value === undefined) throw new FindParseError(`${arg} requires an argument`);
    if (!NO_ARGUMENT.has(arg) && !WITH_ARGUMENT.has(arg)) throw new FindParseError(`unrecognized: ${arg}`, true);
    i++;
    if (arg === '-follow') p.options.follow = true;
    else if (arg === '-xdev') p.options.xdev = true;
    else if (arg === '-depth') p.options.depthFirst = true;
    else if (arg === '-mindepth' || arg === '-maxdepth') {
      p.options[arg === '-mindepth' ? 'minDepth' : 'maxDepth'] = number(value ?? '', INT_MAX);
      i++;
    } else if (arg === '-a' || arg === '-and') continue;
    else if (arg === '-o' || arg === '-or') groups.push([]);
    else if (arg === '!' || arg === '-not') invert = !invert;
    else if (arg === '-exec') {
      p.options.needPrint = false;
      const { primary: exec, next } = execPrimary(args, i);
      add(exec);
      i = next;
    } else if (arg === '(') {
      let nested = 1;
      let end = i;
      for (; end < args.length; end++) {
        if (args[end] === '(') nested++;
        else if (args[end] === ')' && --nested === 0) break;
      }
      if (end >= args.length) throw new FindParseError("unpaired '('");
      add({ kind: 'paren', groups: parseGroups(p, args.slice(i, end)) });
      i = end + 1;
    } else if (NO_ARGUMENT.has(arg)) {
      if (arg === '-print' || arg === '-print0') p.options.needPrint = false;
      add({ kind: arg.slice(1) as 'print' | 'print0' | 'prune' | 'quit' | 'empty' | 'executable' });
    } else {
      if (arg === '-inum') {
        number(value ?? '');
        throw new FindParseError('-inum: inode numbers are not simulated here');
      }
      add(primary(p, arg, value ?? ''));
      i++;
    }
  }
  return groups;
}

/** parse_params over the words after the paths. */
export function parseFindExpression(args: readonly string[], follow: boolean, lookups: FindLookups): { groups: FindGroups; options: FindOptions } {
  const options: FindOptions = { follow, xdev: false, depthFirst: false, minDepth: 0, maxDepth: INT_MAX, needPrint: true };
  const groups = parseGroups({ options, lookups }, args);
  return { groups, options };
}
