// The ash builtins the inner shell implements: they change the shell itself (cd, export,
// exit) or are cheap enough that ash never forks for them (echo, printf, test, pwd).

import type { OutputChunk } from '../program';
import { followLinks, resolvePath } from '../program';
import type { ShState, ShStdin } from './sh-run';
import { readBuiltin } from './sh-read';
import { killBuiltin } from './sh-kill';
import { trapBuiltin } from './sh-trap';
import { setBuiltin } from './sh-set';
import { noteWorld } from './sh-wait';
import { ulimitBuiltin } from './sh-ulimit';

const BUILTINS = ['cd', 'pwd', 'echo', 'export', 'exit', 'true', 'false', ':', 'unset', 'test', '[', 'printf', 'help', 'wait', 'trap', 'read', 'kill', 'return', 'set', 'ulimit'] as const;

export function isBuiltin(name: string): boolean {
  return (BUILTINS as readonly string[]).includes(name);
}

/** Runs builtin argv[0]; returns its exit status. */
export function runBuiltin(
  state: ShState,
  argv: string[],
  out: OutputChunk[],
  stdin: ShStdin | undefined,
  assigned: Record<string, string>,
): number {
  const [name = '', ...args] = argv;
  const print = (text: string): void => {
    out.push({ stream: 'stdout', text });
  };
  const fail = (text: string, code = 1): number => {
    out.push({ stream: 'stderr', text: `sh: ${text}\n` });
    return code;
  };
  switch (name) {
    case ':':
    case 'true':
    case 'wait':
      return 0;
    case 'false':
      return 1;
    case 'trap':
      return trapBuiltin(state, args, out);
    case 'read':
      return readBuiltin(state, args, stdin);
    case 'kill':
      return killBuiltin(state, args, out);
    case 'ulimit':
      return ulimitBuiltin(state, args, out);
    case 'pwd':
      print(`${state.cwd}\n`);
      return 0;
    case 'cd': {
      const target = resolvePath(state.cwd, args[0] ?? state.vars.HOME ?? '/');
      const found = followLinks(state.ctx.fs, target);
      if (!found || found.file.kind !== 'dir') return fail(`cd: can't cd to ${args[0] ?? target}: No such file or directory`, 2);
      state.cwd = target;
      state.vars.PWD = target;
      return 0;
    }
    case 'echo': {
      let newline = true;
      let escapes = false;
      let i = 0;
      for (; i < args.length && /^-[neE]+$/.test(args[i] ?? ''); i++) {
        const flag = args[i] ?? '';
        if (flag.includes('n')) newline = false;
        if (flag.includes('e')) escapes = true;
      }
      let text = args.slice(i).join(' ');
      if (escapes) text = unescape(text);
      print(newline ? `${text}\n` : text);
      return 0;
    }
    case 'printf': {
      const [format = '', ...values] = args;
      print(formatPrintf(format, values));
      return 0;
    }
    case 'export':
      for (const arg of args) {
        const eq = arg.indexOf('=');
        const key = eq < 0 ? arg : arg.slice(0, eq);
        if (eq >= 0) state.vars[key] = arg.slice(eq + 1);
        if (!state.exported.includes(key)) state.exported.push(key);
      }
      if (args.length === 0) for (const key of state.exported) print(`export ${key}='${state.vars[key] ?? ''}'\n`);
      return 0;
    case 'unset':
      for (const arg of args) {
        delete state.vars[arg];
        state.exported = state.exported.filter((k) => k !== arg);
      }
      return 0;
    case 'exit': {
      const code = args[0] === undefined ? state.status : Number.parseInt(args[0], 10);
      if (Number.isNaN(code)) return fail(`exit: Illegal number: ${args[0]}`, 2);
      state.exited = true;
      return ((code % 256) + 256) % 256;
    }
    case 'return': {
      const code = args[0] === undefined ? state.status : Number.parseInt(args[0], 10);
      if (Number.isNaN(code)) return fail(`return: Illegal number: ${args[0]}`, 2);
      // Outside a function, a script's `return` ends it as exit would.
      if ((state.functionDepth ?? 0) > 0) state.returning = true;
      else state.exited = true;
      return ((code % 256) + 256) % 256;
    }
    case 'test':
    case '[': {
      const operands = name === '[' ? args.slice(0, args[args.length - 1] === ']' ? -1 : undefined) : args;
      if (name === '[' && args[args.length - 1] !== ']') return fail('[: missing ]', 2);
      return evalTest(state, operands) ? 0 : 1;
    }
    case 'set': {
      const result = setBuiltin(state, args, print);
      return result.error ? fail(result.error, result.status) : result.status;
    }
    case 'help':
      print(
        'Built-in commands:\n------------------\n\t. : [ [[ alias bg break cd chdir command continue echo eval exec\n' +
          '\texit export false fg getopts hash help history jobs kill let\n\tlocal printf pwd read readonly return set shift source test times\n' +
          '\ttrap true type ulimit umask unalias unset wait\n',
      );
      return 0;
    default:
      void assigned;
      return fail(`${name}: not found`, 127);
  }
}

function unescape(text: string): string {
  return text.replace(/\\([ntr\\]|0[0-7]{0,3})/g, (_, c: string) =>
    c === 'n' ? '\n' : c === 't' ? '\t' : c === 'r' ? '\r' : c === '\\' ? '\\' : String.fromCharCode(Number.parseInt(c, 8)),
  );
}

function formatPrintf(format: string, values: string[]): string {
  let i = 0;
  const once = (): string =>
    unescape(format).replace(/%([sdx%])/g, (_, spec: string) => {
      if (spec === '%') return '%';
      const v = values[i++] ?? '';
      if (spec === 'd') return String(Number.parseInt(v, 10) || 0);
      if (spec === 'x') return (Number.parseInt(v, 10) || 0).toString(16);
      return v;
    });
  let text = once();
  while (i < values.length) text += once();
  return text;
}

function evalTest(state: ShState, a: string[]): boolean {
  if (a.length === 0) return false;
  if (a[0] === '!') return !evalTest(state, a.slice(1));
  if (a.length === 1) return (a[0] ?? '') !== '';
  if (a.length === 2) {
    const [op, v = ''] = a;
    // A file test's answer can change while the shell runs (sh-wait.ts).
    if (op !== '-z' && op !== '-n') noteWorld(state);
    const found = followLinks(state.ctx.fs, resolvePath(state.cwd, v));
    const written = resolvePath(state.cwd, v) in state.written;
    switch (op) {
      case '-z':
        return v === '';
      case '-n':
        return v !== '';
      case '-e':
        return !!found || written;
      case '-f':
        return found?.file.kind === 'file' || written;
      case '-d':
        return found?.file.kind === 'dir';
      default:
        return false;
    }
  }
  const [l = '', op, r = ''] = a;
  const ln = Number.parseInt(l, 10);
  const rn = Number.parseInt(r, 10);
  switch (op) {
    case '=':
    case '==':
      return l === r;
    case '!=':
      return l !== r;
    case '-eq':
      return ln === rn;
    case '-ne':
      return ln !== rn;
    case '-lt':
      return ln < rn;
    case '-le':
      return ln <= rn;
    case '-gt':
      return ln > rn;
    case '-ge':
      return ln >= rn;
    default:
      return false;
  }
}
