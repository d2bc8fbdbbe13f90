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
import { findJob, liveJobs, reapEnded, type ShJob } from './sh-jobs';
import { ShBuiltinError } from './sh-vars';

/** strsignal(3) as glibc words it, for the signals a job is commonly ended by. */
const STRSIGNAL: Record<number, string> = {
  1: 'Hangup', 2: 'Interrupt', 3: 'Quit', 4: 'Illegal instruction', 5: 'Trace/breakpoint trap', 6: 'Aborted',
  7: 'Bus error', 8: 'Floating point exception', 9: 'Killed', 10: 'User defined signal 1', 11: 'Segmentation fault',
  12: 'User defined signal 2', 13: 'Broken pipe', 14: 'Alarm clock', 15: 'Terminated',
};

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

function showJob(job: ShJob, mark: string, withPids: boolean): string {
  const pids = pidsOf(job);
  let line = `[${job.no}]${mark}  `;
  const indent = line.length;
  if (withPids) line += `${pids[0]} `;
  line += statusWord(job);
  let text = line + pad(33 - line.length);
  for (const pid of pids.slice(1)) {
    const head = withPids ? `\n${' '.repeat(indent)}${pid} ` : '';
    const col = withPids ? head.length - 1 : 33;
    text += `${head}${pad(33 - col)}| `;
  }
  if (job.reaped) job.freed = true;
  return `${text}\n`;
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
  const list = liveJobs(state);
  const show = (entry: ShJob) => {
    if (pidsOnly) return print(`${pidsOf(entry)[0]}\n`);
    // The marks are the table's as it is now: freeing a Done job made the one after it current.
    const current = list.filter((j) => !j.freed);
    const mark = current[0] === entry ? '+' : current[1] === entry ? '-' : ' ';
    print(showJob(entry, mark, withPids));
  };
  if (names.length === 0) list.forEach(show);
  else for (const name of names) show(findJob(state, name, 'jobs'));
  return 0;
}
