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
import { findJob, killJob, signalJob, type ShJob } from './sh-jobs';
import { APPLET_PREFIX } from './sh-message';

/** Signal 0 only checks; CHLD, CONT, URG and WINCH do nothing by default. */
const IGNORED_BY_DEFAULT = new Set([0, 17, 18, 23, 28]);

/** busybox's signal names (get_signame), 1 to 31: `kill -l` lists them as `%2d) %s`. */
const SIGNAL_NAMES = [
  'HUP', 'INT', 'QUIT', 'ILL', 'TRAP', 'ABRT', 'BUS', 'FPE', 'KILL', 'USR1', 'SEGV', 'USR2', 'PIPE', 'ALRM', 'TERM', 'STKFLT',
  'CHLD', 'CONT', 'STOP', 'TSTP', 'TTIN', 'TTOU', 'URG', 'XCPU', 'XFSZ', 'VTALRM', 'PROF', 'WINCH', 'POLL', 'PWR', 'SYS',
];

export function killBuiltin(state: ShState, raw: string[], out: OutputChunk[]): number {
  const err = (text: string): void => void out.push({ stream: 'stderr', text: `${APPLET_PREFIX}${text}\n` });
  if (raw[0] === '-l') return listSignals(raw.slice(1), out, err);
  // The jobs named by %: their operand becomes the PIDs of their members still running.
  const jobs = new Map<number, ShJob>();
  const args = raw.map((arg, idx) => {
    if (!arg.startsWith('%')) return arg;
    const job = findJob(state, arg, 'kill');
    jobs.set(idx, job);
    return job.reaped ? '' : ` ${job.pid}`;
  });
  let signal = 15;
  let i = 0;
  let name = '';
  if (args[0] === '-s' && args.length > 1) {
    name = args[1] ?? '';
    i = 2;
  } else if (args[0] === '--') i = 1;
  else if (args[0]?.startsWith('-') && args[0] !== '-') {
    name = args[0].slice(1);
    i = 1;
  }
  if (name !== '' || i === 2) signal = signum(name) ?? -1;
  if (signal < 0) {
    // busybox kill_main's bb_error_msg: the applet's prefix and the name without its dash.
    err(`bad signal name '${name}'`);
    return 1;
  }
  if (i >= args.length) {
    err('you need to specify whom to kill');
    return 1;
  }
  let errors = 0;
  for (let at = i; at < args.length; at++) {
    const pid = args[at] ?? '';
    const job = jobs.get(at);
    if (job) {
      if (!job.reaped) signalJob(state, job, signal);
      continue;
    }
    if (pid === '') continue;
    if (!/^-?[0-9]+$/.test(pid)) {
      err(`invalid number '${pid}'`);
      errors++;
      continue;
    }
    const sent = pid === String(state.ctx.pid) ? undefined : killJob(state, pid, signal);
    if (sent === 'sent') continue;
    if (pid !== String(state.ctx.pid)) {
      if (sent === 'gone' || !state.ctx.processes().some((p) => String(p.pid) === pid)) {
        err(`can't kill pid ${Number(pid)}: No such process`);
        errors++;
      } else if (sent === undefined && signal !== 0) (state.sentSignals ??= []).push({ pid: Number(pid), signal });
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
  return errors;
}

/**
 * `kill -l [SIG...]`: every signal as `%2d) NAME`, or each operand's other form (a number's name,
 * of its low 7 bits, EXIT for 0, the number itself when it has no name; a name's number). The
 * first operand it does not know ends it: `unknown signal 'x'`, status 1.
 */
function listSignals(args: string[], out: OutputChunk[], err: (text: string) => void): number {
  const print = (text: string): void => void out.push({ stream: 'stdout', text: `${text}\n` });
  if (args.length === 0) {
    SIGNAL_NAMES.forEach((name, idx) => print(`${String(idx + 1).padStart(2)}) ${name}`));
    return 0;
  }
  for (const arg of args) {
    if (/^[0-9]/.test(arg)) {
      if (!/^[0-9]+$/.test(arg) || Number(arg) > 0xffffffff) {
        err(`unknown signal '${arg}'`);
        return 1;
      }
      const n = Number(BigInt(arg) & 127n);
      print(n === 0 ? 'EXIT' : (SIGNAL_NAMES[n - 1] ?? String(n)));
      continue;
    }
    const n = signum(arg);
    if (n === undefined) {
      err(`unknown signal '${arg}'`);
      return 1;
    }
    print(String(n));
  }
  return 0;
}

/** get_signum: a number, a name with or without SIG in any case; POLL is IO's other name. */
function signum(name: string): number | undefined {
  return /^(SIG)?POLL$/i.test(name) ? 29 : signalNumber(name);
}

function trapFor(state: ShState, signal: number): string | undefined {
  for (const [name, action] of Object.entries(state.traps ?? {})) if (signalNumber(name) === signal) return action;
  return undefined;
}
