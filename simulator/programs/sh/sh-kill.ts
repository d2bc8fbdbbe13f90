// ash's `kill` (busybox 1.35 ash.c killcmd, then the kill applet's kill_main) for the processes a
// shell can see here: itself and its jobs. killcmd first turns every operand that starts with %
// into the PIDs of that job's members it has not reaped (" PID1 PID2", "" when none), failing
// as getjob does (`sh: kill: line 0: %3: no such job`, status 2) before anything is sent; the
// option word -l keeps the operands as they are. PID 1 of a container ignores every signal it
// has no handler for (even SIGKILL sent from inside); any other shell ends with 128+n, or runs
// its trap. kill_main's status is the number of operands it failed on.

import type { OutputChunk } from '../program';
import type { ShState } from './sh-run';
import { runScript } from './sh-run';
import { signalNumber } from './sh-trap';
import { findJob, killJob } from './sh-jobs';
import { busyboxKill } from '../busybox-kill';
import { APPLET_PREFIX } from './sh-message';

/** Signal 0 only checks; CHLD, CONT, URG and WINCH do nothing by default. */
const IGNORED_BY_DEFAULT = new Set([0, 17, 18, 23, 28]);

export function killBuiltin(state: ShState, raw: string[], out: OutputChunk[]): number {
  // The jobs named by %: their operand becomes the PIDs of their members still running.
  const args = raw[0] === '-l' ? raw : raw.map((arg) => {
    if (!arg.startsWith('%')) return arg;
    const job = findJob(state, arg, 'kill');
    return job.reaped ? '' : ` ${job.pid}`;
  });
  const self = state.ctx.pid;
  // A trapped signal sent to itself is handled once the builtin returns, after its complaints.
  const handlers: string[] = [];
  const result = busyboxKill(args, APPLET_PREFIX, (pid, signal) => {
    if (pid !== self) {
      const sent = killJob(state, String(pid), signal);
      if (sent === 'sent') return 'sent';
      if (sent === 'gone' || !state.ctx.processes().some((p) => p.pid === pid)) return 'no-such-process';
      if (signal !== 0) (state.sentSignals ??= []).push({ pid, signal, ...(state.elapsedMs > 0 ? { atMs: state.elapsedMs } : {}) });
      return 'sent';
    }
    const action = trapFor(state, signal);
    if (action !== undefined) {
      if (action !== '') handlers.push(action);
    } else if (self !== 1 && !IGNORED_BY_DEFAULT.has(signal)) {
      state.exited = true;
      state.killedBy = signal;
      state.status = 128 + signal;
      return 'stop';
    }
    return 'sent';
  });
  out.push(...result.out);
  if (state.exited) return state.status;
  for (const action of handlers) runScript(state, action, out);
  return result.status;
}

function trapFor(state: ShState, signal: number): string | undefined {
  for (const [name, action] of Object.entries(state.traps ?? {})) if (signalNumber(name) === signal) return action;
  return undefined;
}
