// ash's variable builtins beyond plain assignment: `local` (dynamic scope: the caller's value
// comes back when the function returns, busybox ash.c mklocal/poplocalvars), `readonly`
// (assigning, exporting, unsetting or making local such a name is an error), `unset [-v|-f]`
// and `export` with their read-only checks. Errors from these special builtins end a
// non-interactive shell with status 2 (ash's `sh: NAME: line N: …`).

import type { ShState } from './sh-run';
import { ShExpansionError } from './sh-expansion-error';
import { builtinMessage } from './sh-message';

/** A builtin's error: ash prints it with the command's line; a special builtin's ends the shell. */
export class ShBuiltinError extends Error {
  constructor(
    readonly builtin: string,
    detail: string,
    /** Only a special builtin's error ends the shell; a regular one sets status 2. */
    readonly special: boolean,
  ) {
    super(detail);
  }
}

/** A builtin's error as ash prints it, with the command's line in the script (sh-message.ts). */
export function builtinErrorText(state: ShState, err: ShBuiltinError): string {
  return builtinMessage(state, err.builtin, err.message);
}

/** Whether `name` may be assigned. */
export function isReadonly(state: ShState, name: string): boolean {
  return state.readonly?.includes(name) === true;
}

/** `NAME=value` outside a builtin: a read-only name ends the shell (`sh: NAME: is read only`). */
export function assignChecked(state: ShState, name: string, value: string): void {
  if (isReadonly(state, name)) throw new ShExpansionError(`${name}: is read only`);
  state.vars[name] = value;
}

function splitAssignment(arg: string): { name: string; value?: string } {
  const eq = arg.indexOf('=');
  return eq < 0 ? { name: arg } : { name: arg.slice(0, eq), value: arg.slice(eq + 1) };
}

/** `local [NAME[=VALUE]]...`: saves each name's value in the running function's frame. */
export function localBuiltin(state: ShState, args: string[]): number {
  const frame = state.localFrames?.[state.localFrames.length - 1];
  if (!frame || (state.functionDepth ?? 0) === 0) throw new ShBuiltinError('local', 'not in a function', true);
  for (const arg of args) {
    const { name, value } = splitAssignment(arg);
    if (isReadonly(state, name)) throw new ShBuiltinError('local', `${name}: is read only`, true);
    if (!frame.has(name)) frame.set(name, { value: state.vars[name], exported: state.exported.includes(name) });
    // Without a value the local starts unset (ash 1.36), whatever the caller had.
    if (value === undefined) delete state.vars[name];
    else state.vars[name] = value;
  }
  return 0;
}

/** A function's return: every name it made local gets the caller's value (and export) back. */
export function popLocals(state: ShState): void {
  const frame = state.localFrames?.pop();
  if (!frame) return;
  for (const [name, saved] of frame) {
    if (saved.value === undefined) delete state.vars[name];
    else state.vars[name] = saved.value;
    const exported = state.exported.includes(name);
    if (saved.exported && !exported) state.exported.push(name);
    if (!saved.exported && exported) state.exported = state.exported.filter((n) => n !== name);
  }
}

/** `readonly [-p] [NAME[=VALUE]]...`; without names it lists them as ash does. */
export function readonlyBuiltin(state: ShState, args: string[], print: (text: string) => void): number {
  const names = args.filter((a) => a !== '-p');
  if (names.length === 0) {
    for (const name of state.readonly ?? []) {
      const value = state.vars[name];
      print(value === undefined ? `readonly ${name}\n` : `readonly ${name}=${quoted(value)}\n`);
    }
    return 0;
  }
  for (const arg of names) {
    const { name, value } = splitAssignment(arg);
    if (value !== undefined) {
      if (isReadonly(state, name)) throw new ShBuiltinError('readonly', `${name}: is read only`, true);
      state.vars[name] = value;
    }
    state.readonly = [...(state.readonly ?? []).filter((n) => n !== name), name];
  }
  return 0;
}

/** ash's single-quoting of a value in `export -p` / `readonly -p` lists. */
function quoted(value: string): string {
  return `'${value.replace(/'/g, `'"'"'`)}'`;
}

/** `export [-p] [NAME[=VALUE]]...`. */
export function exportBuiltin(state: ShState, args: string[], print: (text: string) => void): number {
  const names = args.filter((a) => a !== '-p');
  if (names.length === 0) {
    for (const key of state.exported) {
      const value = state.vars[key];
      print(value === undefined ? `export ${key}\n` : `export ${key}=${quoted(value)}\n`);
    }
    return 0;
  }
  for (const arg of names) {
    const { name, value } = splitAssignment(arg);
    if (value !== undefined) {
      if (isReadonly(state, name)) throw new ShBuiltinError('export', `${name}: is read only`, true);
      state.vars[name] = value;
    }
    if (!state.exported.includes(name)) state.exported.push(name);
  }
  return 0;
}

/** `unset [-v] NAME...` removes variables, `unset -f NAME...` functions. */
export function unsetBuiltin(state: ShState, args: string[]): number {
  let functions = false;
  let i = 0;
  for (; i < args.length && /^-[fv]+$/.test(args[i] ?? ''); i++) functions = (args[i] ?? '').endsWith('f');
  const bad = /^-(.)/.exec(args[i] ?? '');
  if (bad && args[i] !== '--') throw new ShBuiltinError('unset', `illegal option -${(bad[1] ?? '').slice(0, 1)}`, true);
  if (args[i] === '--') i++;
  for (const name of args.slice(i)) {
    if (functions) {
      if (state.functions?.[name]) {
        const { [name]: _gone, ...rest } = state.functions;
        state.functions = rest;
      }
      continue;
    }
    if (isReadonly(state, name)) throw new ShBuiltinError('unset', `${name}: is read only`, true);
    delete state.vars[name];
    state.exported = state.exported.filter((k) => k !== name);
  }
  return 0;
}
