// The inner shell's interpreter: runs a parsed list over the container's files and programs.
// Time is not spent here: every external program reports how long it ran and the totals are
// added up, so `sh -c "sleep 2; echo hi"` finishes two simulated seconds after it started.

import { resolveExecutable, runResolved } from '../launch';
import type { OutputChunk, ProgramContext, ProgramRun } from '../program';
import { resolvePath, followLinks } from '../program';
import { expandWord } from './sh-expand';
import { runBuiltin, isBuiltin } from './sh-builtins';
import { parseScript, ShSyntaxError, type Command, type List, type Pipeline, type SimpleCommand } from './sh-parse';

/** A loop that never ends on its own stops being simulated after this many rounds. */
const MAX_LOOP_ROUNDS = 1000;

export interface ShState {
  ctx: ProgramContext;
  vars: Record<string, string>;
  /** Names exported to children, in the order they entered the environment. */
  exported: string[];
  cwd: string;
  status: number;
  positional: string[];
  /** Simulated time spent so far. */
  elapsedMs: number;
  /** A foreground program never returned (sleep infinity, cat on an open stdin, nginx). */
  blocked: boolean;
  /** `exit` ran. */
  exited: boolean;
  /** Files written by redirections during this shell's life (path → content). */
  written: Record<string, string>;
  /** `trap` actions by signal name without SIG (HUP, TERM, EXIT). */
  traps?: Record<string, string>;
  /** The program `exec` replaced the shell with: the process is that program from then on. */
  replacedBy?: ProgramRun;
}

export function newShState(ctx: ProgramContext, positional: string[]): ShState {
  const vars: Record<string, string> = {};
  const exported: string[] = [];
  for (const entry of ctx.env) {
    const eq = entry.indexOf('=');
    if (eq <= 0) continue;
    const name = entry.slice(0, eq);
    if (!(name in vars)) exported.push(name);
    vars[name] = entry.slice(eq + 1);
  }
  return { ctx, vars, exported, cwd: ctx.cwd, status: 0, positional, elapsedMs: 0, blocked: false, exited: false, written: {} };
}

/** Runs `script`, appending output to `out`. Syntax errors print like ash and set status 2. */
export function runScript(state: ShState, script: string, out: OutputChunk[]): void {
  let list: List;
  try {
    list = parseScript(script);
  } catch (err) {
    if (!(err instanceof ShSyntaxError)) throw err;
    out.push({ stream: 'stderr', text: `sh: ${err.message}\n` });
    state.status = 2;
    return;
  }
  runList(state, list, out);
}

function stopped(state: ShState): boolean {
  return state.exited || state.blocked;
}

function runList(state: ShState, list: List, out: OutputChunk[]): void {
  for (const item of list) {
    if (stopped(state)) return;
    if (item.background) {
      // A background job runs alongside: its output arrives, its time and blocking do not count.
      const saved = { elapsedMs: state.elapsedMs, blocked: state.blocked };
      runPipeline(state, item.first, out, undefined);
      state.elapsedMs = saved.elapsedMs;
      state.blocked = saved.blocked;
      state.status = 0;
      continue;
    }
    runPipeline(state, item.first, out, undefined);
    for (const next of item.rest) {
      if (stopped(state)) return;
      if ((next.op === '&&') === (state.status === 0)) runPipeline(state, next.pipeline, out, undefined);
    }
  }
}

function runPipeline(state: ShState, pipeline: Pipeline, out: OutputChunk[], stdin: string | undefined): void {
  let input = stdin ?? state.ctx.stdin;
  const last = pipeline.commands.length - 1;
  pipeline.commands.forEach((command, idx) => {
    if (stopped(state)) return;
    if (idx < last) {
      const captured: OutputChunk[] = [];
      runCommand(state, command, captured, input);
      input = captured.filter((c) => c.stream === 'stdout').map((c) => c.text).join('');
      for (const c of captured) if (c.stream === 'stderr') out.push(c);
      // A reader at the end of a pipe sees EOF: a blocked writer does not block the pipe here.
      state.blocked = false;
    } else runCommand(state, command, out, input);
  });
  if (pipeline.negate) state.status = state.status === 0 ? 1 : 0;
}

function runCommand(state: ShState, command: Command, out: OutputChunk[], stdin: string | undefined): void {
  switch (command.kind) {
    case 'simple':
      runSimple(state, command, out, stdin);
      return;
    case 'if': {
      for (const branch of command.branches) {
        runList(state, branch.cond, out);
        if (stopped(state)) return;
        if (state.status === 0) {
          runList(state, branch.body, out);
          return;
        }
      }
      state.status = 0;
      if (command.elseBody) runList(state, command.elseBody, out);
      return;
    }
    case 'while':
    case 'until': {
      let rounds = 0;
      let status = 0;
      for (;;) {
        runList(state, command.cond, out);
        if (stopped(state)) return;
        if ((state.status === 0) !== (command.kind === 'while')) break;
        runList(state, command.body, out);
        status = state.status;
        if (stopped(state)) return;
        if (++rounds >= MAX_LOOP_ROUNDS) {
          // An endless loop: it keeps the process alive, as on a real node.
          state.blocked = true;
          return;
        }
      }
      state.status = status;
      return;
    }
    case 'for': {
      const values = command.words.flatMap((w) => expandWord(w, scopeOf(state)));
      for (const value of command.words.length > 0 ? values : state.positional) {
        state.vars[command.name] = value;
        runList(state, command.body, out);
        if (stopped(state)) return;
      }
      return;
    }
  }
}

export function scopeOf(state: ShState) {
  return {
    get: (name: string): string | undefined => {
      if (name === '?') return String(state.status);
      if (name === '$') return String(state.ctx.pid);
      if (name === '#') return String(state.positional.length);
      if (name === '@' || name === '*') return state.positional.join(' ');
      if (name === '!') return '';
      if (/^[0-9]$/.test(name)) return name === '0' ? 'sh' : state.positional[Number(name) - 1];
      return state.vars[name];
    },
    substitute: (script: string): string => {
      const captured: OutputChunk[] = [];
      const sub: ShState = { ...state, vars: { ...state.vars }, exported: [...state.exported], exited: false, blocked: false };
      runScript(sub, script, captured);
      state.elapsedMs = sub.elapsedMs;
      return captured.filter((c) => c.stream === 'stdout').map((c) => c.text).join('');
    },
  };
}

function childEnv(state: ShState, extra: Record<string, string>): string[] {
  const names = [...state.exported];
  for (const name of Object.keys(extra)) if (!names.includes(name)) names.push(name);
  return names.map((name) => `${name}=${extra[name] ?? state.vars[name] ?? ''}`);
}

function runSimple(state: ShState, cmd: SimpleCommand, out: OutputChunk[], stdin: string | undefined): void {
  const scope = scopeOf(state);
  const argv = cmd.words.flatMap((w) => expandWord(w, scope));
  const assigned: Record<string, string> = {};
  for (const a of cmd.assignments) {
    const eq = a.indexOf('=');
    assigned[a.slice(0, eq)] = expandWord(a.slice(eq + 1), scope).join(' ');
  }
  if (argv.length === 0) {
    Object.assign(state.vars, assigned);
    state.status = 0;
    return;
  }
  const produced: OutputChunk[] = [];
  let input = stdin;
  for (const r of cmd.redirects) {
    if ((r.op === '>' || r.op === '>>') && state.ctx.fs.readOnlyAt) {
      const target = expandWord(r.target, scope).join(' ');
      const path = resolvePath(state.cwd, target);
      if (path !== '/dev/null' && state.ctx.fs.readOnlyAt(path)) {
        out.push({ stream: 'stderr', text: `sh: can't create ${target}: Read-only file system\n` });
        state.status = 1;
        return;
      }
    }
    if (r.op === '<') {
      const path = resolvePath(state.cwd, expandWord(r.target, scope).join(' '));
      const file = state.written[path] ?? followLinks(state.ctx.fs, path)?.file.content;
      if (file === undefined) {
        out.push({ stream: 'stderr', text: `sh: can't open '${r.target}': No such file or directory\n` });
        state.status = 1;
        return;
      }
      input = file;
    }
  }
  // `exec cmd`: the command replaces the shell, so the shell ends with it.
  const replaces = argv[0] === 'exec' && argv.length > 1;
  if (replaces) argv.shift();
  const name = argv[0] ?? '';
  if (isBuiltin(name)) {
    state.status = runBuiltin(state, argv, produced, input, assigned);
  } else {
    const env = childEnv(state, assigned);
    const resolution = resolveExecutable({ fs: state.ctx.fs, env, cwd: state.cwd }, name);
    if (resolution.kind !== 'found') {
      const why = resolution.kind === 'is-directory' ? 'Permission denied' : 'not found';
      produced.push({ stream: 'stderr', text: `sh: ${name}: ${why}\n` });
      state.status = resolution.kind === 'is-directory' ? 126 : 127;
    } else {
      const fs = withWritten(state);
      const pid = state.ctx.pid + 1;
      const processes = (): ReturnType<ProgramContext['processes']> => [...state.ctx.processes(), { pid, user: 'root', args: argv }];
      // exec keeps the shell's PID: the program becomes this process.
      const childPid = replaces ? state.ctx.pid : pid;
      const run = runResolved(
        { ...state.ctx, fs, argv, env, cwd: state.cwd, stdin: input, pid: childPid, processes },
        resolution.program,
        resolution,
      );
      if (replaces) state.replacedBy = run;
      produced.push(...run.out);
      if (run.exit) {
        state.elapsedMs += run.exit.afterMs;
        state.status = run.exit.code;
      } else state.blocked = true;
    }
  }
  applyRedirects(state, cmd, produced, out);
  if (replaces && !state.blocked) state.exited = true;
}

/** The container's files as children of this shell see them: with what it wrote on top. */
function withWritten(state: ShState): ProgramContext['fs'] {
  const base = state.ctx.fs;
  const written = state.written;
  if (Object.keys(written).length === 0) return base;
  return {
    lookup: (path) => (path in written ? { kind: 'file', content: written[path], mode: 0o644 } : base.lookup(path)),
    list: (path) => {
      const names = new Set(base.list(path) ?? []);
      for (const file of Object.keys(written)) {
        const dir = file.slice(0, file.lastIndexOf('/')) || '/';
        if (dir === path) names.add(file.slice(file.lastIndexOf('/') + 1));
      }
      return base.list(path) === undefined && names.size === 0 ? undefined : [...names].sort();
    },
  };
}

/** Routes a command's output through its redirections (`>&2`, `2>&1`, `> file`, `>/dev/null`). */
function applyRedirects(state: ShState, cmd: SimpleCommand, produced: OutputChunk[], out: OutputChunk[]): void {
  const scope = scopeOf(state);
  // Where fd 1 and fd 2 end up: a stream, a file path, or nowhere.
  const sinks: Record<number, string> = { 1: 'stdout', 2: 'stderr' };
  for (const r of cmd.redirects) {
    if (r.op === '>&') sinks[r.fd] = sinks[Number(r.target)] ?? 'stdout';
    else if (r.op === '>' || r.op === '>>') {
      const path = resolvePath(state.cwd, expandWord(r.target, scope).join(' '));
      sinks[r.fd] = path === '/dev/null' ? 'null' : `file:${r.op}:${path}`;
      if (path !== '/dev/null' && r.op === '>') state.written[path] = '';
    }
  }
  for (const chunk of produced) {
    const sink = sinks[chunk.stream === 'stdout' ? 1 : 2] ?? 'null';
    if (sink === 'stdout' || sink === 'stderr') out.push({ stream: sink, text: chunk.text });
    else if (sink.startsWith('file:')) {
      const path = sink.slice(sink.indexOf(':', 5) + 1);
      state.written[path] = (state.written[path] ?? '') + chunk.text;
    }
  }
}
