// ash's background jobs (`cmd &`), its forks' PIDs and `wait`. ash forks a job and goes on
// (busybox shell/ash.c evalsubshell/evalpipe with FORK_BG): the child takes the next PID of the
// PID namespace, which is $! (forkparent's backgndpid; a pipeline's is its last member's), and
// reads /dev/null (forkchild). The job is run here at once in a forked copy of the shell, as
// far as it goes by itself: its output keeps its moments, and its end is when it would end.
// `kill` can end it sooner (its later output is then never written), `wait` waits for it and
// takes its status. A job that ended is reaped by the shell's next wait for a child (dowait in
// waitforjob reaps whatever child ended), after which `kill` finds no such process; only a
// `wait PID` that reaps a job killed by a signal says so ("Terminated": dowait prints the
// status of the job it was asked for, sprint_status leaving out SIGINT and SIGPIPE).

import type { OutputChunk, ProcessEntry, ProgramContext } from '../program';
import { withProcessDirs } from '../proc-pids';
import type { ShState } from './sh-run';
import { ShBuiltinError } from './sh-vars';

/** One background job of a shell. */
export interface ShJob {
  pid: number;
  /** What ps shows for it: the programs it exec'd, or the forked shell's command line. */
  entries: ProcessEntry[];
  /** Shell-relative ms it was forked at (absent in older saves: the shell's start). */
  startMs?: number;
  /** Shell-relative ms it ends at; undefined: it never ends by itself. */
  endMs?: number;
  status: number;
  /** The signal that ended it (kill). */
  signal?: number;
  /** Reaped by the shell: gone from the process table. */
  reaped: boolean;
  /** The array its output went to, and that output (cut back when it is killed). */
  out: OutputChunk[];
  chunks: OutputChunk[];
  /** Its slot in the job table: %N. */
  no: number;
  /** Taken out of the table: `jobs` showed it done, or a new job took its slot. */
  freed: boolean;
  /** A `wait` named it (or waited for all): once done, the next fork may take its slot. */
  waited: boolean;
  /** It keeps the shell's stdout or stderr open while it runs (not `cmd >/dev/null 2>&1 &`). */
  holdsOutput?: boolean;
}

const SIGINT = 2;
const SIGQUIT = 3;
const SIGPIPE = 13;
/** Signal 0 only checks; CHLD, CONT, URG and WINCH do nothing by default. */
const IGNORED_BY_DEFAULT = new Set([0, 17, 18, 23, 28]);
const SIGNAL_WORDS: Record<number, string> = { 1: 'Hangup', 3: 'Quit', 6: 'Aborted', 9: 'Killed', 10: 'User defined signal 1', 12: 'User defined signal 2', 14: 'Alarm clock', 15: 'Terminated' };

/**
 * The next PID of the shell's PID namespace: what a fork takes. Every fork of the shell goes
 * through makejob, a foreground one too (it holds its slot only while it runs): that frees a
 * done job a `wait` took before it finds a free slot (see slotFor).
 */
export function forkPid(state: ShState): number {
  if (state.jobs) slotFor(state);
  return state.ctx.nextPid?.() ?? state.ctx.pid + 1;
}

/**
 * makejob's slot: the lowest one that is free, or that holds a job that is done and that a
 * `wait` took (which is freed for it), whichever comes first; ash without job control (`sh -c`).
 */
function slotFor(state: ShState): number {
  const held = liveJobs(state);
  for (let no = 1; ; no++) {
    const job = held.find((j) => j.no === no);
    if (!job) return no;
    if (job.reaped && job.waited) {
      job.freed = true;
      return no;
    }
  }
}

/** The jobs still in the shell's table, newest first (ash's curjob chain). */
export function liveJobs(state: ShState): ShJob[] {
  const all = state.jobs ?? [];
  // A session saved before jobs kept their slot: they get the lowest free ones, oldest first.
  for (const job of all) {
    if ((job as Partial<ShJob>).no !== undefined) continue;
    const held = new Set(all.filter((j) => (j as Partial<ShJob>).no !== undefined && !j.freed).map((j) => j.no));
    let no = 1;
    while (held.has(no)) no++;
    Object.assign(job, { no, freed: job.freed ?? false, waited: job.waited ?? false });
  }
  return all.filter((j) => !j.freed).reverse();
}

/**
 * getjob: %N, %%/%+/% (current), %- (previous), %PREFIX and %?TEXT of the command text, which
 * ash records only under job control (never in `sh -c`): only `%?` with nothing after it
 * matches, every job. Its errors are the builtin's (`name`).
 */
export function findJob(state: ShState, spec: string, name: string): ShJob {
  const list = liveJobs(state);
  const fail = (message: string): never => {
    throw new ShBuiltinError(name, message, false);
  };
  if (!spec.startsWith('%')) return fail(`${spec}: no such job`);
  const p = spec.slice(1);
  if (p === '' || p === '+' || p === '%') return list[0] ?? fail('No current job');
  if (p === '-') return list[1] ?? fail('No previous job');
  if (/^[0-9]+$/.test(p)) return list.find((j) => j.no === Number(p)) ?? fail(`${spec}: no such job`);
  const matching = p === '?' ? list : [];
  if (matching.length > 1) return fail(`${spec}: ambiguous`);
  return matching[0] ?? fail(`${spec}: no such job`);
}

/**
 * A PID forked for `fn`'s one simple command: the program that command runs is exec'd in that
 * child and keeps its PID (sh-simple.ts takes it); a builtin runs in the child and lets it go.
 */
export function inFork(state: ShState, pid: number, fn: () => void): void {
  const saved = state.forkedPid;
  state.forkedPid = pid;
  try {
    fn();
  } finally {
    state.forkedPid = saved;
  }
}

/** Takes the PID forked for the simple command starting now, if there is one. */
export function takeForkedPid(state: ShState): number | undefined {
  const pid = state.forkedPid;
  state.forkedPid = undefined;
  return pid;
}

/** Jobs of this shell running at its current moment, as ps would list them. */
function runningJobs(state: ShState): ProcessEntry[] {
  return (state.jobs ?? []).filter((j) => !j.reaped && (j.endMs === undefined || j.endMs > state.elapsedMs)).flatMap((j) => j.entries);
}

/** A wait for a child just returned: every job that ended by now is reaped with it. */
export function reapEnded(state: ShState): void {
  for (const job of state.jobs ?? []) if (job.endMs !== undefined && job.endMs <= state.elapsedMs) job.reaped = true;
}

/** Records the job `sub` (the forked shell that ran it) left behind, with PID `pid`. */
export function addJob(state: ShState, sub: ShState, pid: number, out: OutputChunk[], chunks: OutputChunk[], holdsOutput = true): void {
  const entries = sub.jobEntries ?? [{ pid, user: 'root', args: state.ctx.argv }];
  if (!state.jobs) showJobsToo(state);
  const job: ShJob = { pid, entries, startMs: state.elapsedMs, status: sub.status, reaped: false, out, chunks, no: slotFor(state), freed: false, waited: false, ...(holdsOutput ? { holdsOutput } : {}) };
  if (!sub.blocked) job.endMs = sub.elapsedMs;
  if (sub.killedBy !== undefined) job.signal = sub.killedBy;
  (state.jobs ??= []).push(job);
  state.lastJobPid = pid;
}

/**
 * From its first job on, the shell and what it runs see its running jobs among the namespace's
 * processes: in ps, and as /proc/<pid> directories (the shell's own `[ -d /proc/$! ]` and `<`).
 */
function showJobsToo(state: ShState): void {
  const base = state.ctx;
  const ctx: ProgramContext = { ...base, processes: () => [...base.processes(), ...runningJobs(state)].sort((a, b) => a.pid - b.pid) };
  ctx.fs = withProcessDirs(ctx, base.fs);
  state.ctx = ctx;
}

function jobOf(state: ShState, pid: string): ShJob | undefined {
  // ash looks from the newest job back (waitcmd walks curjob's prev_job chain).
  return liveJobs(state).find((j) => String(j.pid) === pid);
}

/**
 * `kill` of one of the shell's jobs: undefined when `pid` is none of them. A running job ends
 * now (a background job ignores SIGINT and SIGQUIT, as forkchild set them); one that ended and
 * was not reaped yet is a zombie the signal reaches without effect.
 */
export function killJob(state: ShState, pid: string, signal: number): 'sent' | 'gone' | undefined {
  const job = jobOf(state, pid);
  if (!job) return undefined;
  if (job.reaped) return 'gone';
  signalJob(state, job, signal);
  return 'sent';
}

/** A signal reaches a job that was not reaped: a running one ends now, unless it ignores it. */
function signalJob(state: ShState, job: ShJob, signal: number): void {
  const now = state.elapsedMs;
  const running = job.endMs === undefined || job.endMs > now;
  if (!running || IGNORED_BY_DEFAULT.has(signal) || signal === SIGINT || signal === SIGQUIT) return;
  job.endMs = now;
  job.signal = signal;
  job.status = 128 + signal;
  const later = new Set(job.chunks.filter((c) => (c.atMs ?? 0) > now));
  if (later.size > 0) {
    const kept = job.out.filter((c) => !later.has(c));
    job.out.splice(0, job.out.length, ...kept);
  }
}

/**
 * ash's `wait [-n] [PID|%JOB...]`: waits for the jobs named (all of them without operands, the
 * first to end with -n) and takes the last one's status; 127 for a PID that is no job of this
 * shell. A word that is no number, or a %job it does not have, is a builtin error (status 2).
 */
export function waitBuiltin(state: ShState, args: string[], out: OutputChunk[]): number {
  const waitFor = (job: ShJob): boolean => {
    if (job.endMs === undefined) {
      // A job that never ends keeps the shell waiting for ever.
      state.blocked = true;
      return false;
    }
    state.elapsedMs = Math.max(state.elapsedMs, job.endMs);
    return true;
  };
  const open = (state.jobs ?? []).filter((j) => !j.reaped);
  // A job a wait took (not -n's) is done and `waited`: the next fork may free its slot.
  const took = (job: ShJob, status: number): number => {
    job.waited = true;
    return status;
  };
  if (args[0] === '-n') {
    // bash's wait -n (BASH_WAIT_N): the next job to end; none left is 127.
    const next = [...open].sort((a, b) => (a.endMs ?? Infinity) - (b.endMs ?? Infinity))[0];
    if (!next) return 127;
    if (!waitFor(next)) return 0;
    return reap(state, next, out);
  }
  if (args.length === 0) {
    for (const job of open) {
      if (!waitFor(job)) return 0;
      job.reaped = true;
    }
    for (const job of liveJobs(state)) job.waited = true;
    return 0;
  }
  let status = 127;
  for (const arg of args) {
    let job: ShJob | undefined;
    if (arg.startsWith('%')) job = findJob(state, arg, 'wait');
    else {
      if (!/^[0-9]+$/.test(arg)) throw new ShBuiltinError('wait', `Illegal number: ${arg}`, false);
      job = jobOf(state, arg);
    }
    if (!job) continue;
    if (!waitFor(job)) return 0;
    status = took(job, reap(state, job, out));
  }
  return status;
}

/** Reaps `job` for a wait that named it: a job killed by a signal says so, as dowait does. */
function reap(state: ShState, job: ShJob, out: OutputChunk[]): number {
  if (!job.reaped && job.signal !== undefined && job.signal !== SIGINT && job.signal !== SIGPIPE) {
    const said = SIGNAL_WORDS[job.signal] ?? `Signal ${job.signal}`;
    out.push({ stream: 'stderr', text: `${said}\n`, atMs: state.elapsedMs });
  }
  job.reaped = true;
  return job.signal === undefined ? job.status : 128 + job.signal;
}

/**
 * `out` in time order, with the output of the jobs that outlived the shell left out when the
 * shell is its PID namespace's init (`untilMs`): the kernel kills the namespace with it.
 */
export function timeOrdered(out: OutputChunk[], untilMs: number | undefined): OutputChunk[] {
  let at = 0;
  const timed = out.map((chunk, i) => {
    at = chunk.atMs ?? at;
    return { chunk, at, i };
  });
  return timed
    .filter((t) => untilMs === undefined || t.at <= untilMs)
    .sort((a, b) => a.at - b.at || a.i - b.i)
    .map((t) => t.chunk);
}
