// ash's `jobs [-lp] [%JOB...]` (busybox 1.35 shell/ash.c jobscmd, showjobs, showjob, getjob).
// It first reaps every child that ended (dowait non-blocking), then lists the jobs from the
// current one back: `[N]+  Running`, padded to column 33, then the job's command text, which a
// shell without job control (`sh -c`, a script) never records, so it stays empty. A pipeline
// job shows one ` | ` per further member. A job listed once it is done (`Done`, `Done(3)`,
// `Terminated`, `Killed`) is freed: it is not listed again, and its number goes to the next job.
// -l adds the PIDs (a pipeline's further members on lines of their own); -p prints only the first
// PID and frees nothing. Checked against busybox-static 1.35.0 (Debian bookworm), the oracle
// image's shell.

import type { ShState } from './sh-run';
import { reapEnded, type ShJob } from './sh-jobs';
import { ShBuiltinError } from './sh-vars';

/** strsignal(3) as glibc words it, for the signals a job is commonly ended by. */
const STRSIGNAL: Record<number, string> = {
  1: 'Hangup', 2: 'Interrupt', 3: 'Quit', 4: 'Illegal instruction', 5: 'Trace/breakpoint trap', 6: 'Aborted',
  7: 'Bus error', 8: 'Floating point exception', 9: 'Killed', 10: 'User defined signal 1', 11: 'Segmentation fault',
  12: 'User defined signal 2', 13: 'Broken pipe', 14: 'Alarm clock', 15: 'Terminated',
};

/** What the job table knows beyond sh-jobs.ts's record: its slot number, and whether it was freed. */
interface Slot {
  no: number;
  freed: boolean;
}
const slots = new WeakMap<ShJob, Slot>();

/**
 * The shell's jobs still in its table, newest first (ash's curjob chain), each numbered as
 * makejob numbered it: the lowest slot no job holds. Jobs are freed only here, so numbering the
 * jobs made since the last `jobs` now gives the numbers they got when they were made.
 */
function table(state: ShState): Array<{ job: ShJob; slot: Slot }> {
  const all = state.jobs ?? [];
  for (const job of all) {
    if (slots.has(job)) continue;
    const held = new Set(all.map((j) => slots.get(j)).filter((s): s is Slot => s !== undefined && !s.freed).map((s) => s.no));
    let no = 1;
    while (held.has(no)) no++;
    slots.set(job, { no, freed: false });
  }
  return all
    .map((job) => ({ job, slot: slots.get(job) as Slot }))
    .filter((j) => !j.slot.freed)
    .reverse();
}

/** The PIDs of the job's processes: a pipeline's members, else the one forked for it. */
function pidsOf(job: ShJob): number[] {
  const pids = [...new Set(job.entries.map((e) => e.pid))].sort((a, b) => a - b);
  return pids.length > 0 ? pids : [job.pid];
}

/** A job's state changes only when the shell reaps it (dowait): until then it is Running. */
function statusWord(job: ShJob): string {
  if (!job.reaped) return 'Running';
  if (job.signal !== undefined) return STRSIGNAL[job.signal] ?? `Unknown signal ${job.signal}`;
  return job.status === 0 ? 'Done' : `Done(${job.status})`;
}

/** fprintf's `%*c` of ' ': width w, at least the one character. */
const pad = (width: number): string => ' '.repeat(Math.max(width, 1));

function showJob(entry: { job: ShJob; slot: Slot }, mark: string, withPids: boolean): string {
  const { job } = entry;
  const pids = pidsOf(job);
  let line = `[${entry.slot.no}]${mark}  `;
  const indent = line.length;
  if (withPids) line += `${pids[0]} `;
  line += statusWord(job);
  let text = line + pad(33 - line.length);
  for (const pid of pids.slice(1)) {
    const head = withPids ? `\n${' '.repeat(indent)}${pid} ` : '';
    const col = withPids ? head.length - 1 : 33;
    text += `${head}${pad(33 - col)}| `;
  }
  if (job.reaped) entry.slot.freed = true;
  return `${text}\n`;
}

/** getjob: %N, %%/%+/% (current), %- (previous), %PREFIX and %?TEXT of the (empty) command text. */
function findJob(list: Array<{ job: ShJob; slot: Slot }>, name: string): { job: ShJob; slot: Slot } {
  const fail = (message: string): never => {
    throw new ShBuiltinError('jobs', message, false);
  };
  if (!name.startsWith('%')) return fail(`${name}: no such job`);
  const p = name.slice(1);
  if (p === '' || p === '+' || p === '%') return list[0] ?? fail('No current job');
  if (p === '-') return list[1] ?? fail('No previous job');
  if (/^[0-9]+$/.test(p)) {
    const found = list.find((j) => j.slot.no === Number(p));
    return found ?? fail(`${name}: no such job`);
  }
  // The command text is empty, so only `%?` with nothing after it matches (every job).
  const matching = p === '?' ? list : [];
  if (matching.length > 1) return fail(`${name}: ambiguous`);
  return matching[0] ?? fail(`${name}: no such job`);
}

/** `jobs [-lp] [%JOB...]`: always status 0 unless an option or a job is bad (a builtin error, 2). */
export function jobsBuiltin(state: ShState, args: string[], print: (text: string) => void): number {
  let withPids = false;
  let pidsOnly = false;
  let i = 0;
  for (; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--') {
      i++;
      break;
    }
    if (!arg.startsWith('-') || arg === '-') break;
    for (const ch of arg.slice(1)) {
      if (ch === 'l') withPids = true;
      else if (ch === 'p') pidsOnly = true;
      else throw new ShBuiltinError('jobs', `illegal option -${ch}`, false);
    }
  }
  const names = args.slice(i);
  if (names.length === 0) reapEnded(state);
  const list = table(state);
  const show = (entry: { job: ShJob; slot: Slot }) => {
    if (pidsOnly) return print(`${pidsOf(entry.job)[0]}\n`);
    // The marks are the table's as it is now: freeing a Done job made the one after it current.
    const current = list.filter((j) => !j.slot.freed);
    const mark = current[0] === entry ? '+' : current[1] === entry ? '-' : ' ';
    print(showJob(entry, mark, withPids));
  };
  if (names.length === 0) list.forEach(show);
  else for (const name of names) show(findJob(list, name));
  return 0;
}
