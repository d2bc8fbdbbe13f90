// An interactive ash on a terminal, one line at a time: what `ctr run -t … sh` and
// `ctr t exec -t … sh` hand to the browser terminal. It keeps its variables and working
// directory between lines, like the real shell process does.

import type { OutputChunk, ProgramContext, RepeatingOutput } from '../program';
import { promptOf } from './sh';
import { shellBanner, shellDialect } from './sh-dialect';
import { newShState, runScript, type ShState } from './sh-run';

export interface ShLineResult {
  out: OutputChunk[];
  /** Set once the shell exited (`exit`, Ctrl-D). */
  exitCode?: number;
  /** Simulated time the line took (sleep). */
  elapsedMs: number;
  /** The line started something that never returns on its own. */
  blocked: boolean;
  /** The shell's own clock (ms since it started) when the line began: chunk times count from it too. */
  startMs: number;
  /** What a line that never ends (an endless loop) keeps writing, on the shell's clock. */
  repeat?: RepeatingOutput;
}

export interface ShSession {
  banner: string;
  prompt(): string;
  /** Runs one line typed at node-clock time `nowMs` (the shell's clock only counts its sleeps). */
  input(line: string, nowMs?: number): ShLineResult;
  /** Ctrl-D on an empty line: ash exits with the last status. */
  eof(): ShLineResult;
}

export function startShSession(ctx: ProgramContext): ShSession {
  const state: ShState = newShState({ ...ctx, terminal: true }, []);
  state.interactive = true;
  const dialect = shellDialect(ctx, ctx.argv[0] ?? 'sh');
  return {
    banner: shellBanner(dialect, ctx.fs),
    prompt: () => promptOf(state, dialect),
    input(line: string, nowMs?: number): ShLineResult {
      const out: OutputChunk[] = [];
      const before = state.elapsedMs;
      // The shell waited for this line in real time: its children start, and its writes land, now.
      if (nowMs !== undefined) state.ctx = { ...state.ctx, nowMs: nowMs - before };
      state.blocked = false;
      state.repeat = undefined;
      state.topOut = out;
      runScript(state, line, out);
      const result: ShLineResult = { out, elapsedMs: state.elapsedMs - before, blocked: state.blocked, startMs: before };
      if (state.blocked && state.repeat) result.repeat = state.repeat;
      state.blocked = false;
      if (state.exited) result.exitCode = state.status;
      return result;
    },
    eof(): ShLineResult {
      state.exited = true;
      return { out: [{ stream: 'stdout', text: '\n' }], exitCode: state.status, elapsedMs: 0, blocked: false, startMs: state.elapsedMs };
    },
  };
}
