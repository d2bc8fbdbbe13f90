// The ash builtins the inner shell implements, as a table from name to implementation: they
// change the shell itself (cd, export, local, shift) or are cheap enough that ash never forks
// for them (echo, printf, test). Each group lives in its own file; a builtin's error
// (ShBuiltinError) prints as ash's `sh: NAME: line N: …` (sh-message.ts) and, from a special builtin, ends
// the shell with status 2.

import type { OutputChunk } from '../program';
import { followLinks, resolvePath } from '../program';
import { bEscapes, busyboxPrintf } from '../printf';
import type { ShState, ShStdin } from './sh-run';
import { readBuiltin } from './sh-read';
import { killBuiltin } from './sh-kill';
import { waitBuiltin } from './sh-jobs';
import { jobsBuiltin } from './sh-jobs-list';
import { trapBuiltin } from './sh-trap';
import { setBuiltin } from './sh-set';
import { ulimitBuiltin } from './sh-ulimit';
import { timesBuiltin, umaskBuiltin } from './sh-umask';
import { APPLET_PREFIX, builtinMessage, shellMessage } from './sh-message';
import { builtinErrorText, exportBuiltin, localBuiltin, readonlyBuiltin, ShBuiltinError, unsetBuiltin } from './sh-vars';
import { getoptsBuiltin, shiftBuiltin } from './sh-positional';
import { letBuiltin } from './sh-let';
import { aliasBuiltin, commandDescribe, typeBuiltin, unaliasBuiltin } from './sh-lookup';
import { testBuiltin } from './sh-test';
import { loopControlBuiltin } from './sh-loop-control';
import { evalBuiltin, sourceBuiltin, type RunInShell } from './sh-eval';

/** What a builtin is given: its arguments, the shell, and ways to write. */
interface BuiltinCall {
  state: ShState;
  name: string;
  args: string[];
  stdin: ShStdin | undefined;
  print(text: string): void;
  /** Writes an error line as given (with its `sh: ` prefix when the builtin's output has one). */
  err(text: string): void;
  out: OutputChunk[];
  /** Runs script text in this shell, writing to the builtin's output (eval, source). */
  runHere: RunInShell;
}

type Builtin = (call: BuiltinCall) => number;

function echo({ args, print }: BuiltinCall): number {
  let newline = true;
  let escapes = false;
  let i = 0;
  for (; i < args.length && /^-[neE]+$/.test(args[i] ?? ''); i++) {
    const flag = args[i] ?? '';
    if (flag.includes('n')) newline = false;
    if (flag.includes('e')) escapes = true;
  }
  const text = args.slice(i).join(' ');
  if (!escapes) {
    print(newline ? `${text}\n` : text);
    return 0;
  }
  // busybox echo -e reads escapes as printf's %b does; \c ends the output, newline included.
  const read = bEscapes(text);
  print(read.stop || !newline ? read.text : `${read.text}\n`);
  return 0;
}

function printf({ args, print, err }: BuiltinCall): number {
  const rest = args[0] === '--' ? args.slice(1) : args;
  const [format, ...values] = rest;
  if (format === undefined) {
    err(`${APPLET_PREFIX}usage: printf FORMAT [ARGUMENT...]\n`);
    return 2;
  }
  const result = busyboxPrintf(format, values);
  for (const line of result.errorsBefore) err(`${APPLET_PREFIX}${line}\n`);
  if (result.out !== '') print(result.out);
  if (result.errorAfter) err(`${APPLET_PREFIX}${result.errorAfter}\n`);
  return result.status;
}

function cd({ state, args, err, print }: BuiltinCall): number {
  // `cd -` goes to $OLDPWD and prints where it went (ash's cdcmd).
  const back = args[0] === '-';
  const target = resolvePath(state.cwd, back ? (state.vars.OLDPWD ?? state.cwd) : (args[0] ?? state.vars.HOME ?? '/'));
  const found = followLinks(state.ctx.fs, target);
  if (!found || found.file.kind !== 'dir') {
    err(builtinMessage(state, 'cd', `can't cd to ${args[0] ?? target}: No such file or directory`));
    return 2;
  }
  state.vars.OLDPWD = state.cwd;
  state.cwd = target;
  state.vars.PWD = target;
  if (back) print(`${target}\n`);
  return 0;
}

function exit({ state, args, err }: BuiltinCall): number {
  const code = args[0] === undefined ? state.status : Number.parseInt(args[0], 10);
  if (Number.isNaN(code)) {
    err(builtinMessage(state, 'exit', `Illegal number: ${args[0]}`));
    return 2;
  }
  state.exited = true;
  return ((code % 256) + 256) % 256;
}

function ret({ state, args, err }: BuiltinCall): number {
  const code = args[0] === undefined ? state.status : Number.parseInt(args[0], 10);
  if (Number.isNaN(code)) {
    err(builtinMessage(state, 'return', `Illegal number: ${args[0]}`));
    return 2;
  }
  // Outside a function, a script's `return` ends it as exit would.
  if ((state.functionDepth ?? 0) > 0) state.returning = true;
  else state.exited = true;
  return ((code % 256) + 256) % 256;
}

function command(call: BuiltinCall): number {
  // `command NAME ARGS` runs through sh-simple.ts; here only -v / -V arrive.
  return commandDescribe(call.state, call.args, isBuiltin, call.print);
}

const HELP =
  'Built-in commands:\n------------------\n\t. : [ [[ alias bg break cd chdir command continue echo eval exec\n' +
  '\texit export false fg getopts hash help history jobs kill let\n\tlocal printf pwd read readonly return set shift source test times\n' +
  '\ttrap true type ulimit umask unalias unset wait\n';

const BUILTINS: Record<string, Builtin> = {
  ':': () => 0,
  true: () => 0,
  wait: ({ state, args, out }) => waitBuiltin(state, args, out),
  jobs: ({ state, args, print }) => jobsBuiltin(state, args, print),
  false: () => 1,
  hash: () => 0,
  break: ({ state, args }) => loopControlBuiltin(state, 'break', args),
  continue: ({ state, args }) => loopControlBuiltin(state, 'continue', args),
  eval: ({ state, args, runHere }) => evalBuiltin(state, args, runHere),
  '.': ({ state, name, args, runHere }) => sourceBuiltin(state, name, args, runHere),
  source: ({ state, name, args, runHere }) => sourceBuiltin(state, name, args, runHere),
  trap: ({ state, args, out }) => trapBuiltin(state, args, out),
  read: ({ state, args, stdin }) => readBuiltin(state, args, stdin),
  kill: ({ state, args, out }) => killBuiltin(state, args, out),
  ulimit: ({ state, args, out }) => ulimitBuiltin(state, args, out),
  umask: ({ state, args, print }) => umaskBuiltin(state, args, print),
  times: ({ print }) => timesBuiltin(print),
  pwd: ({ state, print }) => {
    print(`${state.cwd}\n`);
    return 0;
  },
  cd,
  echo,
  printf,
  export: ({ state, args, print }) => exportBuiltin(state, args, print),
  readonly: ({ state, args, print }) => readonlyBuiltin(state, args, print),
  local: ({ state, args }) => localBuiltin(state, args),
  unset: ({ state, args }) => unsetBuiltin(state, args),
  shift: ({ state, args }) => shiftBuiltin(state, args),
  getopts: ({ state, args, err }) => getoptsBuiltin(state, args, err),
  let: ({ state, args }) => letBuiltin(state, args),
  type: ({ state, args, print }) => typeBuiltin(state, args, isBuiltin, print),
  command,
  alias: ({ state, args, print, err }) => aliasBuiltin(state, args, print, err),
  unalias: ({ state, args, err }) => unaliasBuiltin(state, args, err),
  exit,
  return: ret,
  test: ({ state, name, args, err }) => testBuiltin(state, name, args, err),
  '[': ({ state, name, args, err }) => testBuiltin(state, name, args, err),
  '[[': ({ state, name, args, err }) => testBuiltin(state, name, args, err),
  set: ({ state, args, print, err }) => {
    const result = setBuiltin(state, args, print);
    if (result.error) err(builtinMessage(state, 'set', result.error));
    return result.status;
  },
  help: ({ print }) => {
    print(HELP);
    return 0;
  },
};

export function isBuiltin(name: string): boolean {
  return Object.hasOwn(BUILTINS, name);
}

/** Runs builtin argv[0]; returns its exit status. */
export function runBuiltin(state: ShState, argv: string[], out: OutputChunk[], stdin: ShStdin | undefined, runHere: RunInShell): number {
  const [name = '', ...args] = argv;
  const builtin = BUILTINS[name];
  const call: BuiltinCall = {
    state,
    name,
    args,
    stdin,
    out,
    print: (text) => out.push({ stream: 'stdout', text }),
    err: (text) => out.push({ stream: 'stderr', text }),
    runHere,
  };
  if (!builtin) {
    call.err(shellMessage(state, `${name}: not found`));
    return 127;
  }
  try {
    return builtin(call);
  } catch (e) {
    if (!(e instanceof ShBuiltinError)) throw e;
    call.err(builtinErrorText(state, e));
    // A special builtin's error ends a non-interactive shell.
    if (e.special) state.exited = true;
    return 2;
  }
}
