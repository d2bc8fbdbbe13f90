// One simple command: assignments, redirections, then a builtin or a program found in the
// container (forked with the next PID, or run in the shell's place for `exec` and for the last
// command of `sh -c`, as ash does).

import { resolveExecutable, runResolved } from '../launch';
import type { OutputChunk, ProgramContext } from '../program';
import { followLinks, laterBy, resolvePath } from '../program';
import { isBuiltin, runBuiltin } from './sh-builtins';
import { ashEnvOrder } from './sh-env-order';
import { expandWord } from './sh-expand';
import type { SimpleCommand } from './sh-parse';
import { applyRedirects, redirectedInput, withWritten } from './sh-redirect';
import { createRefusal, execRedirects } from './sh-exec-fds';
import { callFunction, runScript, scopeOf, type ShState, type ShStdin } from './sh-run';
import { watchedContext } from './sh-wait';
import { assignChecked, isReadonly } from './sh-vars';
import { shellMessage } from './sh-message';
import { commandOption, expandAlias } from './sh-lookup';
import { forkPid, reapEnded, takeForkedPid } from './sh-jobs';
import { runsInPlace } from './busybox-noexec';

const SIGNAL_WORDS: Record<number, string> = { 1: 'Hangup', 3: 'Quit', 9: 'Killed', 10: 'User defined signal 1', 12: 'User defined signal 2', 14: 'Alarm clock', 15: 'Terminated' };

/** POSIX special builtins: found before functions of the same name. */
const SPECIAL_BUILTINS = new Set([':', 'exit', 'export', 'return', 'trap', 'unset', 'exec', 'set', 'shift', 'readonly', 'local']);

function childEnv(state: ShState, extra: Record<string, string>): string[] {
  const names = state.exported.filter((name) => name in state.vars || name in extra);
  for (const name of Object.keys(extra)) if (!names.includes(name)) names.push(name);
  // Object keys keep creation order; `VAR=x cmd` prefixes are the newest.
  const created = [...Object.keys(state.vars), ...Object.keys(extra).filter((n) => !(n in state.vars))];
  return ashEnvOrder(names, created).map((name) => `${name}=${extra[name] ?? state.vars[name] ?? ''}`);
}

export function runSimple(state: ShState, cmd: SimpleCommand, out: OutputChunk[], stdin: ShStdin | undefined): void {
  // The command's script line, for error messages (sh-message.ts), from its expansion on.
  state.line = cmd.line;
  state.substStatus = undefined;
  const scope = scopeOf(state);
  const argv = expandAlias(state, cmd.words, cmd.line).flatMap((w) => expandWord(w, scope));
  const assigned: Record<string, string> = {};
  for (const a of cmd.assignments) {
    const eq = a.indexOf('=');
    assigned[a.slice(0, eq)] = expandWord(a.slice(eq + 1), scope, true).join('');
  }
  // A command substitution ran the shell out of memory: nothing more runs.
  if (state.killedBy !== undefined) return;
  // Assigning a read-only name ends the shell (`sh: NAME: is read only`), before or for a command.
  for (const [name, value] of Object.entries(assigned)) {
    if (argv.length === 0) assignChecked(state, name, value);
    else if (isReadonly(state, name)) assignChecked(state, name, value);
  }
  if (argv.length === 0) {
    state.status = state.substStatus ?? 0;
    return;
  }
  // `exec` with redirections alone: they stay for the rest of the shell.
  if (argv.length === 1 && argv[0] === 'exec') {
    state.status = execRedirects(state, cmd.redirects, out);
    return;
  }
  // `command NAME ARGS`: NAME runs as a builtin or program, never as a function.
  let skipFunctions = false;
  while (argv[0] === 'command' && argv[1] !== undefined && commandOption(argv[1]) === 'run') {
    argv.shift();
    if ((argv[0] as string) === '-p') argv.shift();
    skipFunctions = true;
  }
  const produced: OutputChunk[] = [];
  // set -x: ash traces each command, after expansion, on stderr.
  if (state.options?.xtrace) out.push({ stream: 'stderr', text: `+ ${[...cmd.assignments, ...argv].join(' ')}\n` });
  for (const r of cmd.redirects) {
    if (r.op === '>' || r.op === '>>') {
      const target = expandWord(r.target, scope).join(' ');
      const refused = createRefusal(state, resolvePath(state.cwd, target));
      if (refused) {
        out.push({ stream: 'stderr', text: shellMessage(state, `can't create ${target}: ${refused}`) });
        state.status = 1;
        return;
      }
    }
  }
  const redirected = redirectedInput(state, cmd.redirects, stdin, out);
  if (!redirected) return;
  const input = redirected.input;
  // `exec cmd`: the command replaces the shell, so the shell ends with it.
  const execBuiltin = argv[0] === 'exec' && argv.length > 1;
  if (execBuiltin) argv.shift();
  const hasTraps = Object.keys(state.traps ?? {}).length > 0;
  const replaces =
    execBuiltin || (cmd === state.tailCommand && !hasTraps && !isBuiltin(argv[0] ?? '') && !state.functions?.[argv[0] ?? '']);
  const name = argv[0] ?? '';
  const fn = SPECIAL_BUILTINS.has(name) || skipFunctions ? undefined : state.functions?.[name];
  if (fn) {
    callFunction(state, fn, argv.slice(1), produced, input);
  } else if (isBuiltin(name)) {
    // `IFS=: read …`: a regular builtin sees the assignments for its run only; a special
    // builtin (export, set…) keeps them, as POSIX 2.14 says.
    const keep = SPECIAL_BUILTINS.has(name);
    const before = Object.keys(assigned).map((k) => [k, state.vars[k]] as const);
    Object.assign(state.vars, assigned);
    try {
      state.status = runBuiltin(state, argv, produced, input, (script) => runScript(state, script, produced));
    } finally {
      if (!keep) for (const [k, v] of before) if (v === undefined) delete state.vars[k]; else state.vars[k] = v;
    }
  } else {
    const env = childEnv(state, assigned);
    const resolution = resolveExecutable({ fs: state.ctx.fs, env, cwd: state.cwd }, name);
    if (resolution.kind !== 'found') {
      const denied = resolution.kind === 'is-directory' || resolution.kind === 'not-executable';
      produced.push({ stream: 'stderr', text: shellMessage(state, `${name}: ${denied ? 'Permission denied' : 'not found'}`) });
      state.status = denied ? 126 : 127;
    } else {
      const fs = withWritten(state);
      // exec keeps the shell's PID: the program becomes this process.
      const forked = replaces ? undefined : takeForkedPid(state);
      const childPid = replaces ? state.ctx.pid : (forked ?? forkPid(state));
      // A NOEXEC busybox applet runs inside the shell's own image: ps shows `{applet} sh -c …`.
      const applet = followLinks(state.ctx.fs, resolution.path)?.path.endsWith('/busybox') === true && runsInPlace(resolution.program);
      const family = { ppid: replaces ? (state.ctx.ppid ?? 0) : state.ctx.pid, sid: state.ctx.sid ?? state.ctx.pid };
      const entry = applet
        ? { pid: childPid, user: 'root', args: state.ctx.argv, comm: resolution.program, ...family }
        : { pid: childPid, user: 'root', args: argv, ...family };
      if (forked !== undefined) (state.jobEntries ??= []).push(entry);
      // (The shell's running background jobs are among its processes: sh-jobs.ts.)
      const processes = (): ReturnType<ProgramContext['processes']> =>
        replaces
          ? state.ctx.processes().map((p) => (p.pid === childPid ? { ...p, ...entry, user: p.user } : p))
          : [...state.ctx.processes(), entry];
      // What the child looks at in the world counts for the shell's loops (sh-wait.ts).
      const run = runResolved(
        watchedContext(state, {
          ...state.ctx,
          fs,
          argv,
          env,
          cwd: state.cwd,
          stdin: input ? input.text.slice(input.pos) : undefined,
          stdinOpen: input ? !input.eof : undefined,
          pid: childPid,
          // A forked child's parent is the shell; a command the shell execs takes its place
          // (and keeps SIGQUIT ignored, as ash always ignores it). Both stay in its session.
          ppid: replaces ? state.ctx.ppid : state.ctx.pid,
          sid: state.ctx.sid ?? state.ctx.pid,
          ignoredSignals: replaces ? [3] : undefined,
          processes,
          // The child starts when the shell gets to it, not when the shell started.
          nowMs: state.ctx.nowMs + state.elapsedMs,
          umask: state.umask,
        }),
        resolution.program,
        resolution,
      );
      // The program says whether it read what it was given, so a later `read` finds it gone.
      if (input && run.consumedStdin) input.pos = input.text.length;
      // The program becomes this process: an applet keeps the shell's command line under its
      // own name (ash's tryexec runs a NOEXEC applet in place, busybox 1.36 ash.c), another
      // program's execve gives the process its argv.
      if (replaces) state.replacedBy = applet ? { ...run, comm: run.comm ?? resolution.program } : { ...run, title: run.title ?? argv };
      // The child's times count from its own start.
      const startedMs = state.elapsedMs;
      for (const chunk of run.out) produced.push({ ...chunk, atMs: startedMs + (chunk.atMs ?? 0) });
      if (run.oomKilledAtMs !== undefined) state.oomKilledAtMs ??= startedMs + run.oomKilledAtMs;
      // What it signalled (busybox kill, nginx -s) the shell's process passes on as its own.
      if (run.signals) (state.sentSignals ??= []).push(...laterBy(run.signals, startedMs));
      if (run.exit) {
        state.elapsedMs += run.exit.afterMs;
        state.status = run.exit.code;
        // Waiting for it, ash reaps every job that ended meanwhile (dowait in waitforjob).
        reapEnded(state);
        // ash reports a child killed by a signal, as strsignal names it.
        // (A program the shell exec'd has no shell left to say it.)
        const said = run.exit.signal === undefined || replaces ? undefined : SIGNAL_WORDS[run.exit.signal];
        if (said) produced.push({ stream: 'stderr', text: `${said}\n` });
      } else state.blocked = true;
    }
  }
  applyRedirects(state, cmd, produced, out);
  if (replaces && !state.blocked) state.exited = true;
}
