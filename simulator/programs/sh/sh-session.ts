// An interactive ash on a terminal, one line at a time: what `ctr run -t … sh` and
// `ctr t exec -t … sh` hand to the browser terminal. It keeps its variables and working
// directory between lines, like the real shell process does.

import type { OutputChunk, ProgramContext } from '../program';
import { ASH_BANNER, ashPrompt } from './sh';
import { newShState, runScript, type ShState } from './sh-run';

export interface ShLineResult {
  out: OutputChunk[];
  /** Set once the shell exited (`exit`, Ctrl-D). */
  exitCode?: number;
  /** Simulated time the line took (sleep). */
  elapsedMs: number;
  /** The line started something that never returns on its own. */
  blocked: boolean;
}

export interface ShSession {
  banner: string;
  prompt(): string;
  input(line: string): ShLineResult;
  /** Ctrl-D on an empty line: ash exits with the last status. */
  eof(): ShLineResult;
}

export function startShSession(ctx: ProgramContext): ShSession {
  const state: ShState = newShState({ ...ctx, terminal: true }, []);
  return {
    banner: ASH_BANNER,
    prompt: () => ashPrompt(state),
    input(line: string): ShLineResult {
      const out: OutputChunk[] = [];
      const before = state.elapsedMs;
      state.blocked = false;
      runScript(state, line, out);
      const result: ShLineResult = { out, elapsedMs: state.elapsedMs - before, blocked: state.blocked };
      state.blocked = false;
      if (state.exited) result.exitCode = state.status;
      return result;
    },
    eof(): ShLineResult {
      state.exited = true;
      return { out: [{ stream: 'stdout', text: '\n' }], exitCode: state.status, elapsedMs: 0, blocked: false };
    },
  };
}
