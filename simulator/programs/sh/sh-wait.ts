// A shell that waits on the world. The interpreter plans a run at its start (sh-run.ts), but
// `while [ ! -e /data/go ]; do sleep 0.1; done; echo after` depends on a file somebody else
// creates later: planning its rounds against the files as they are at the start would make it
// endless. So a loop whose rounds look at the world (files, the network, processes), take time
// and come out the same stops the shell there (ShState.wait). The program's run then carries a
// wake (programs/program.ts): the tasks service calls sh's resume() a round later on the node's
// clock, with this snapshot of the shell — its variables, files written, position in the
// script — and the shell re-tests the condition against the world as it is then, goes on with
// the rest of the script if it changed, or stops again for the next round. A loop that never
// looks at the world (`while true; do echo hi; sleep 1; done`) keeps its cheap endless plan.

import type { ContainerFs, OutputChunk, ProgramContext } from '../program';
import type { Command, List } from './sh-parse';
import { newShState, runCommand, runItem, runList, type LoopRound, type ShPath, type ShState, type ShStdin } from './sh-run';

/**
 * What the shell needs to go on after a wait (JSON-safe: it is kept in the process record): its
 * state's lasting parts, the script and where in it the loop is.
 */
export interface ShSnapshot extends Pick<ShState, 'arg0' | 'commandName' | 'vars' | 'exported' | 'cwd' | 'status' | 'positional' | 'elapsedMs' | 'written' | 'traps' | 'functions' | 'options' | 'umask' | 'fds'> {
  script: string;
  /** `sh -c` (its last simple command is exec'd) or a script file. */
  mode: 'command' | 'file';
  path: ShPath;
  /** The loop's steady round: the first round after the wake is compared with it. */
  round: LoopRound;
  stdin?: ShStdin;
  worldReads: number;
}

/** Counts a look at the world (a file test, a file read, a child process run with the world in reach). */
export function noteWorld(state: Pick<ShState, 'worldReads'>): void {
  state.worldReads = (state.worldReads ?? 0) + 1;
}

/**
 * `fs` with every lookup and listing counted as a look at the world. A proxy, not a copy: the
 * view may be a class instance (BuildKit's OverlayFs for a RUN step) whose methods live on its
 * prototype and use `this`, so everything else is the view's own, called on the view.
 */
function watchedFs(state: ShState, fs: ContainerFs): ContainerFs {
  const overrides: Partial<ContainerFs> = {
    lookup: (path) => {
      noteWorld(state);
      return fs.lookup(path);
    },
    list: (path) => {
      noteWorld(state);
      return fs.list(path);
    },
    // A child that changes files (touch, rm) changes the world: its rounds cannot be skipped.
    ...(fs.write ? { write: counted(state, fs.write.bind(fs)) } : {}),
    ...(fs.remove ? { remove: counted(state, fs.remove.bind(fs)) } : {}),
  };
  return new Proxy(fs, {
    get(target, prop) {
      if (Object.hasOwn(overrides, prop)) return overrides[prop as keyof ContainerFs];
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

function counted<A extends unknown[], R>(state: ShState, fn: (...args: A) => R): (...args: A) => R {
  return (...args) => {
    state.worldWrites = (state.worldWrites ?? 0) + 1;
    return fn(...args);
  };
}

/** A child's context whose looks at the world (files, network, processes) count for the shell. */
export function watchedContext(state: ShState, ctx: ProgramContext): ProgramContext {
  const seen = <A extends unknown[], R>(fn: (...args: A) => R) => (...args: A): R => {
    noteWorld(state);
    return fn(...args);
  };
  const { resolve, network } = ctx;
  return {
    ...ctx,
    fs: watchedFs(state, ctx.fs),
    http: seen(ctx.http),
    processes: seen(ctx.processes),
    ...(resolve ? { resolve: seen(resolve) } : {}),
    ...(network ? { network: seen(network) } : {}),
  };
}

/** The snapshot of a shell that stopped to wait (state.wait set) while running `script`. */
export function snapshotOf(state: ShState, script: string, mode: ShSnapshot['mode']): ShSnapshot | undefined {
  const wait = state.wait;
  if (!wait) return undefined;
  const snap: ShSnapshot = {
    script,
    mode,
    path: wait.path,
    round: wait.round,
    arg0: state.arg0,
    vars: state.vars,
    exported: state.exported,
    cwd: state.cwd,
    status: state.status,
    positional: state.positional,
    elapsedMs: state.elapsedMs,
    written: state.written,
    worldReads: state.worldReads ?? 0,
  };
  if (state.stdin) snap.stdin = state.stdin;
  if (state.commandName !== undefined) snap.commandName = state.commandName;
  if (state.traps) snap.traps = state.traps;
  if (state.functions) snap.functions = state.functions;
  if (state.options) snap.options = state.options;
  if (state.umask !== undefined) snap.umask = state.umask;
  if (state.fds) snap.fds = state.fds;
  // Plain data only: what the process record keeps must survive a save.
  return JSON.parse(JSON.stringify(snap)) as ShSnapshot;
}

/** The shell of `snap` again, in the process's context (`ctx.nowMs`: when the process started). */
export function restoreShState(ctx: ProgramContext, snap: ShSnapshot): ShState {
  const state = newShState({ ...ctx, stdin: undefined }, snap.positional, snap.arg0);
  Object.assign(state, {
    vars: snap.vars,
    exported: snap.exported,
    cwd: snap.cwd,
    status: snap.status,
    elapsedMs: snap.elapsedMs,
    written: snap.written,
    stdin: snap.stdin,
    traps: snap.traps,
    functions: snap.functions,
    options: snap.options,
    umask: snap.umask,
    fds: snap.fds,
    worldReads: snap.worldReads,
    commandName: snap.commandName,
  });
  return state;
}

/** Goes on from `path` in `list`: resumes the item there, then runs the items after it. */
export function resumeList(state: ShState, list: List, path: ShPath, out: OutputChunk[]): void {
  const [head, ...rest] = path;
  const item = typeof head === 'number' ? list[head] : undefined;
  const command = item?.first.commands[0];
  if (!item || !command || typeof head !== 'number') return;
  const prefix = state.path;
  state.path = prefix && [...prefix, head];
  runItem(state, item, out, () => resumeCommand(state, command, rest, out));
  state.path = prefix;
  runList(state, list, out, head + 1);
}

/** Goes on inside `command` at `path`: the waiting loop itself when the path ends here. */
function resumeCommand(state: ShState, command: Command, path: ShPath, out: OutputChunk[]): void {
  const [step, ...rest] = path;
  if (step === undefined) {
    runCommand(state, command, out, state.stdin);
    return;
  }
  const here = state.path;
  state.path = here && [...here, step];
  try {
    if (command.kind === 'group' && step === 'g') resumeList(state, command.body, rest, out);
    else if (command.kind === 'if' && step === 'e' && command.elseBody) resumeList(state, command.elseBody, rest, out);
    else if (command.kind === 'if' && typeof step === 'string' && step.startsWith('b')) {
      const body = command.branches[Number(step.slice(1))]?.body;
      if (body) resumeList(state, body, rest, out);
    } else if ((command.kind === 'while' || command.kind === 'until') && step === 'w') {
      resumeList(state, command.body, rest, out);
      state.path = here;
      // The rest of the round ran: the loop goes on with its next test.
      if (!state.exited && !state.blocked && state.returning !== true) runCommand(state, command, out, state.stdin);
    }
  } finally {
    state.path = here;
  }
}
