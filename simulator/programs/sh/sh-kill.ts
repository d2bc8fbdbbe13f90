// ash's `kill [-s SIG | -SIG] PID...`, for the processes a shell can see here: itself. PID 1
// of a container ignores every signal it has no handler for (even SIGKILL sent from inside);
// any other shell ends with 128+n, or runs its trap. Unknown PIDs fail as ash says.

import type { OutputChunk } from '../program';
import type { ShState } from './sh-run';
import { runScript } from './sh-run';
import { signalNumber } from './sh-trap';
import { killJob } from './sh-jobs';
import { APPLET_PREFIX } from './sh-message';

/** Signal 0 only checks; CHLD, CONT, URG and WINCH do nothing by default. */
const IGNORED_BY_DEFAULT = new Set([0, 17, 18, 23, 28]);

export function killBuiltin(state: ShState, args: string[], out: OutputChunk[]): number {
  let signal = 15;
  let i = 0;
  let name = '';
  if (args[0] === '-s') {
    name = args[1] ?? '';
    i = 2;
  } else if (args[0]?.startsWith('-') && args[0] !== '-') {
    name = args[0].slice(1);
    i = 1;
  }
  if (i > 0) signal = signalNumber(name) ?? -1;
  if (signal < 0) {
    // busybox kill_main's bb_error_msg: the applet's prefix and the name without its dash.
    out.push({ stream: 'stderr', text: `${APPLET_PREFIX}bad signal name '${name}'\n` });
    return 1;
  }
  let status = 0;
  for (const pid of args.slice(i)) {
    const job = pid === String(state.ctx.pid) ? undefined : killJob(state, pid, signal);
    if (job === 'sent') continue;
    if (job === 'gone') {
      out.push({ stream: 'stderr', text: `${APPLET_PREFIX}can't kill pid ${pid}: No such process\n` });
      status = 1;
      continue;
    }
    if (pid !== String(state.ctx.pid)) {
      const known = state.ctx.processes().some((p) => String(p.pid) === pid);
      if (!known) {
        out.push({ stream: 'stderr', text: `${APPLET_PREFIX}can't kill pid ${pid}: No such process\n` });
        status = 1;
      }
      continue;
    }
    const action = trapFor(state, signal);
    if (action !== undefined) {
      if (action !== '') runScript(state, action, out);
    } else if (state.ctx.pid !== 1 && !IGNORED_BY_DEFAULT.has(signal)) {
      state.exited = true;
      state.killedBy = signal;
      state.status = 128 + signal;
      return state.status;
    }
  }
  return status;
}

function trapFor(state: ShState, signal: number): string | undefined {
  for (const [name, action] of Object.entries(state.traps ?? {})) if (signalNumber(name) === signal) return action;
  return undefined;
}
