// busybox ash as a program: `sh -c SCRIPT`, `sh FILE`, a script on stdin, or an interactive
// shell on a terminal (banner and `/ # ` prompt; the ctr client drives it line by line).
// Debian's dash and bash run on the same interpreter; only their start-up and prompt differ.

import { followLinks, resolvePath, type OutputChunk, type Program, type ProgramContext, type ProgramRun } from '../program';
import { newShState, resumeScript, runCommandString, runExitTrap, runScript, type ShState } from './sh-run';
import { restoreShState, resumeList, snapshotOf, type ShSnapshot } from './sh-wait';
import { trapReactions } from './sh-trap';
import { timeOrdered } from './sh-jobs';
import { afterFirstPrompt, shellBanner, shellDialect, shellPrompt, type ShDialect } from './sh-dialect';

/** The interactive prompt of this shell's dialect for its current directory. */
export function promptOf(state: Pick<ShState, 'cwd' | 'vars' | 'ctx'>, dialect: ShDialect): string {
  return shellPrompt(dialect, state.cwd, state.vars.HOME, state.ctx.hostname);
}

function finish(state: ShState, out: OutputChunk[]): ProgramRun {
  const run = withJobs(state, finishRun(state, out));
  return state.oomKilledAtMs === undefined ? run : { ...run, oomKilledAtMs: state.oomKilledAtMs };
}

/**
 * A shell that started background jobs: their output comes in time order among its own, and
 * none after the end of a shell that is its PID namespace's init (the kernel kills the rest of
 * the namespace with it: zap_pid_ns_processes).
 */
function withJobs(state: ShState, run: ProgramRun): ProgramRun {
  if (!state.jobs || state.jobs.length === 0) return run;
  // Its jobs are processes of its task (docker top, ctr t ps, another process's ps) from their
  // fork until they end (or it does).
  const children = state.jobs
    .filter((j) => j.endMs === undefined || j.endMs > (j.startMs ?? 0))
    .flatMap((j) => j.entries.map((e) => ({ ...e, ppid: e.ppid ?? state.ctx.pid, startAfterMs: j.startMs ?? 0, ...(j.endMs === undefined ? {} : { endAfterMs: j.endMs }), ...(j.holdsOutput ? { holdsOutput: true } : {}) })));
  const ordered = { ...run, out: timeOrdered(run.out, state.ctx.pid === 1 ? run.exit?.afterMs : undefined) };
  return children.length > 0 ? { ...ordered, children } : ordered;
}

function finishRun(state: ShState, out: OutputChunk[]): ProgramRun {
  runExitTrap(state, out);
  const replaced = state.replacedBy;
  if (replaced) {
    // After `exec`, signals, ports and the process title are the new program's.
    const { out: _ignored, exit, ...rest } = replaced;
    void _ignored;
    return state.blocked || !exit ? { ...rest, out } : { ...rest, out, exit: { afterMs: state.elapsedMs, code: state.status } };
  }
  if (state.killedBy !== undefined) return { out, exit: { afterMs: state.elapsedMs, code: state.status, signal: state.killedBy } };
  if (state.blocked) {
    const handles = trapReactions(state, runScript);
    const repeat = state.repeat ? { repeat: state.repeat } : {};
    return Object.keys(handles).length > 0 ? { out, handles, ...repeat } : { out, ...repeat };
  }
  return { out, exit: { afterMs: state.elapsedMs, code: state.status } };
}

/** finish(), noting whether the shell's readers took all of its stdin (`read` takes one line). */
function finishReporting(state: ShState, out: OutputChunk[], consumed: boolean): ProgramRun {
  const finished = finish(state, out);
  const run = state.sentSignals ? { ...finished, signals: [...(finished.signals ?? []), ...state.sentSignals] } : finished;
  return consumed || (state.stdin !== undefined && state.stdin.text.length > 0 && state.stdin.pos >= state.stdin.text.length)
    ? { ...run, consumedStdin: true }
    : run;
}

/** Options ash takes before its operands (`-i`, `-l`, `-x`…); `-c` is handled apart. */
function isInteractiveStart(args: readonly string[]): boolean {
  return args.every((a) => /^-[a-z]+$/.test(a) && !a.includes('c'));
}

export const shProgram: Program = {
  name: 'sh',
  // With no script and no -c, ash on a terminal reads commands line by line.
  terminalInput: (argv, terminal) => (terminal && isInteractiveStart(argv.slice(1)) ? 'shell' : 'none'),
  run(ctx: ProgramContext): ProgramRun {
    const args = ctx.argv.slice(1);
    const argv0 = ctx.argv[0] ?? 'sh';
    const out: OutputChunk[] = [];
    if (args[0] === '-c') {
      if (args.length < 2) {
        out.push({ stream: 'stderr', text: `${argv0}: -c requires an argument\n` });
        return { out, exit: { afterMs: 0, code: 2 } };
      }
      // `sh -c STRING NAME`: NAME is $0 and, as ash's commandname, in every message.
      const state = newShState(ctx, args.slice(3), args[2]);
      if (args[2] !== undefined) state.commandName = args[2];
      state.invokedWith = 'c';
      state.topOut = out;
      state.path = [];
      runCommandString(state, args[1] ?? '', out);
      return waking(state, finishReporting(state, out, false), args[1] ?? '', 'command');
    }
    if (args.length > 0 && !(args[0] ?? '').startsWith('-')) {
      const path = resolvePath(ctx.cwd, args[0] ?? '');
      const file = followLinks(ctx.fs, path);
      if (!file || file.file.kind !== 'file') {
        out.push({ stream: 'stderr', text: `${argv0}: can't open '${args[0]}': No such file or directory\n` });
        return { out, exit: { afterMs: 0, code: 2 } };
      }
      const state = newShState(ctx, args.slice(1), args[0]);
      state.scriptFile = true;
      state.commandName = state.arg0;
      state.topOut = out;
      state.path = [];
      runScript(state, file.file.content ?? '', out);
      return waking(state, finishReporting(state, out, false), file.file.content ?? '', 'file');
    }
    if (ctx.terminal) {
      // Interactive: banner and prompt, then it waits for the terminal's next line for ever.
      const state = newShState(ctx, []);
      const dialect = shellDialect(ctx, ctx.argv[0] ?? 'sh');
      out.push({ stream: 'stdout', text: shellBanner(dialect, ctx.fs) + promptOf(state, dialect) + afterFirstPrompt(dialect) });
      return { out };
    }
    if (ctx.stdin === undefined) return { out }; // reads an open, silent stdin: waits for ever
    const state = newShState({ ...ctx, stdin: '' }, []);
    state.invokedWith = 's';
    runScript(state, ctx.stdin, out);
    // The script came from stdin; when that stays open, the shell waits for more commands.
    if (ctx.stdinOpen && !state.exited) state.blocked = true;
    return finishReporting(state, out, true);
  },
  // A shell stopped in a loop that waits on the world (sh-wait.ts) looks again and goes on.
  resume(ctx: ProgramContext, data: Record<string, unknown>, untilMs?: number): ProgramRun {
    const snap = data as unknown as ShSnapshot;
    const state = restoreShState(ctx, snap);
    if (untilMs !== undefined) state.quietUntilMs = untilMs;
    const out: OutputChunk[] = [];
    state.topOut = out;
    state.path = [];
    state.resumeRound = snap.round;
    if (snap.mode === 'file') state.scriptFile = true;
    if (snap.mode === 'command') state.invokedWith = 'c';
    resumeScript(state, snap.script, snap.mode === 'command', out, (list) => resumeList(state, list, snap.path, out));
    return waking(state, finishReporting(state, out, false), snap.script, snap.mode);
  },
};

/** `run` with the wake of a shell that stopped to wait on the world, if it did. */
function waking(state: ShState, run: ProgramRun, script: string, mode: ShSnapshot['mode']): ProgramRun {
  const snap = state.blocked && !state.exited && state.killedBy === undefined && !state.replacedBy ? snapshotOf(state, script, mode) : undefined;
  return snap ? { ...run, wake: { atMs: state.elapsedMs, program: 'sh', data: snap as unknown as Record<string, unknown> } } : run;
}
