// ash's builtins that say what a name is: `type NAME...`, `command -v|-V NAME` (only the first
// name, as ash's commandcmd describes), `hash` (ash remembers nothing the learner can see:
// it succeeds), and `alias`/`unalias`, whose table `type` and `command -v` show
// (busybox shell/ash.c describe_command, aliascmd, unaliascmd).

import { resolveExecutable } from '../launch';
import { followLinks } from '../program';
import { prefersApplets } from './sh-dialect';
import type { ShState } from './sh-run';
import { ShBuiltinError } from './sh-vars';

/** ash's reserved words (`type if` says `if is a shell keyword`). */
const KEYWORDS = new Set(['!', 'case', 'do', 'done', 'elif', 'else', 'esac', 'fi', 'for', 'function', 'if', 'in', 'then', 'until', 'while', '{', '}', '[[', ']]']);

/** POSIX special builtins as ash lists them (`type local` says `special shell builtin`). */
const SPECIAL = new Set(['.', ':', 'break', 'continue', 'eval', 'exec', 'exit', 'export', 'local', 'readonly', 'return', 'set', 'shift', 'source', 'times', 'trap', 'unset']);

type Found =
  | { kind: 'keyword' | 'function' | 'builtin' | 'special' }
  | { kind: 'alias'; value: string }
  | { kind: 'file'; path: string }
  | { kind: 'none' };

function find(state: ShState, name: string, isBuiltin: (n: string) => boolean): Found {
  const alias = state.aliases?.[name];
  if (alias !== undefined) return { kind: 'alias', value: alias.value };
  if (KEYWORDS.has(name)) return { kind: 'keyword' };
  // exec is run by sh-simple.ts itself rather than the builtin table.
  if (SPECIAL.has(name) && (isBuiltin(name) || name === 'exec')) return { kind: 'special' };
  if (state.functions?.[name]) return { kind: 'function' };
  if (isBuiltin(name)) return { kind: 'builtin' };
  const env = [`PATH=${state.vars.PATH ?? ''}`];
  const found = resolveExecutable({ fs: state.ctx.fs, env, cwd: state.cwd }, name);
  if (found.kind !== 'found') return { kind: 'none' };
  // A busybox built to prefer its applets runs them by name: ash names them so.
  const applet = !name.includes('/') && followLinks(state.ctx.fs, found.path)?.path.endsWith('/busybox') === true;
  return { kind: 'file', path: applet && prefersApplets(state.ctx.fs) ? name : found.path };
}

/** `type`'s / `command -V`'s sentence for a name; false when it was not found. */
function describe(state: ShState, name: string, isBuiltin: (n: string) => boolean, print: (text: string) => void): boolean {
  const found = find(state, name, isBuiltin);
  switch (found.kind) {
    case 'alias':
      print(`${name} is an alias for ${found.value}\n`);
      return true;
    case 'keyword':
      print(`${name} is a shell keyword\n`);
      return true;
    case 'special':
      print(`${name} is a special shell builtin\n`);
      return true;
    case 'function':
      print(`${name} is a function\n`);
      return true;
    case 'builtin':
      print(`${name} is a shell builtin\n`);
      return true;
    case 'file':
      print(`${name} is ${found.path}\n`);
      return true;
    case 'none':
      print(`${name}: not found\n`);
      return false;
  }
}

/** `type NAME...`: 127 when the last... any name is not found. */
export function typeBuiltin(state: ShState, args: string[], isBuiltin: (n: string) => boolean, print: (text: string) => void): number {
  let status = 0;
  for (const name of args) if (!describe(state, name, isBuiltin, print)) status = 127;
  return status;
}

/** `command -v NAME` / `command -V NAME`: what ash would run for the first name. */
export function commandDescribe(state: ShState, args: string[], isBuiltin: (n: string) => boolean, print: (text: string) => void): number {
  const flag = args[0] ?? '';
  if (commandOption(flag) === 'bad') throw new ShBuiltinError('command', `illegal option ${flag.slice(0, 2)}`, false);
  const name = args[1];
  if (name === undefined) return 0;
  if (flag === '-V') return describe(state, name, isBuiltin, print) ? 0 : 127;
  const found = find(state, name, isBuiltin);
  if (found.kind === 'none') return 127;
  if (found.kind === 'alias') print(`alias ${name}='${found.value}'\n`);
  else print(`${found.kind === 'file' ? found.path : name}\n`);
  return 0;
}

/** What `command ARG…` does with its first argument: -v / -V describe, -p is accepted, other options are errors. */
export function commandOption(arg: string): 'describe' | 'run' | 'bad' {
  if (arg === '-v' || arg === '-V') return 'describe';
  return /^-[^p-]/.test(arg) ? 'bad' : 'run';
}

/** `alias [NAME[=VALUE]]...`: defines, or prints `NAME='VALUE'`; 1 when a name is not an alias. */
export function aliasBuiltin(state: ShState, args: string[], print: (text: string) => void, err: (text: string) => void): number {
  const aliases = (state.aliases ??= {});
  if (args.length === 0) {
    for (const name of Object.keys(aliases).sort()) print(`${name}='${aliases[name]?.value}'\n`);
    return 0;
  }
  let status = 0;
  for (const arg of args) {
    const eq = arg.indexOf('=');
    if (eq > 0) aliases[arg.slice(0, eq)] = { value: arg.slice(eq + 1), line: state.line ?? 0 };
    else if (aliases[arg] !== undefined) print(`${arg}='${aliases[arg]?.value}'\n`);
    else {
      err(`alias: ${arg} not found\n`);
      status = 1;
    }
  }
  return status;
}

/**
 * The words a command starts with once aliases are replaced. ash replaces them while it parses,
 * a line at a time, so an alias works from the line after the one defining it; a value with
 * shell operators in it is left alone here.
 */
export function expandAlias(state: ShState, words: string[], line: number | undefined): string[] {
  const first = words[0];
  const alias = first === undefined ? undefined : state.aliases?.[first];
  if (!alias || (line ?? 0) <= alias.line || /[;&|<>()`]/.test(alias.value)) return words;
  return [...alias.value.split(/[ \t]+/).filter((w) => w !== ''), ...words.slice(1)];
}

/** `unalias [-a] NAME...`. */
export function unaliasBuiltin(state: ShState, args: string[], err: (text: string) => void): number {
  const aliases = (state.aliases ??= {});
  if (args[0] === '-a') {
    state.aliases = {};
    return 0;
  }
  let status = 0;
  for (const name of args) {
    if (aliases[name] === undefined) {
      err(`unalias: ${name} not found\n`);
      status = 1;
    } else delete aliases[name];
  }
  return status;
}
