// `docker top CONTAINER -o fields` (moby v20.10.24 daemon/top_unix.go ContainerTop): the daemon
// runs the host's ps (procps-ng 4.0, Debian bookworm) with the options and keeps the rows of the
// container's PIDs, the columns split on blanks under the header's titles. Here the user-defined
// formats (`-o pid,comm`, `o …`, `-opid`, `--format …`) with the fields whose values the node
// knows; procps's refusal of a name it lacks, moby's of a format without PID. Other ps options,
// and fields the node has no truthful value for (memory, CPU shares), are not simulated.

import type { TaskProcess } from '../../containerd/client/index';
import { systemError } from '../errors';

export interface ProcessView {
  p: TaskProcess;
  /** The host's name for the process's user (procps's USER). */
  user: string;
  uid: number;
  nowMs: number;
}

const DOCS = 'https://docs.docker.com/engine/reference/commandline/top/';
const notSimulated = (what: string) => systemError(`${what} is not simulated here; see ${DOCS}`);

const pad2 = (n: number) => String(n).padStart(2, '0');

/** procps's etime: [[dd-]hh:]mm:ss. */
function elapsed(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  const days = Math.floor(s / 86400);
  const hours = Math.floor((s % 86400) / 3600);
  const mmss = `${pad2(Math.floor((s % 3600) / 60))}:${pad2(s % 60)}`;
  if (days > 0) return `${days}-${pad2(hours)}:${mmss}`;
  return hours > 0 ? `${pad2(hours)}:${mmss}` : mmss;
}

function hhmm(ms: number): string {
  const d = new Date(ms);
  return `${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}`;
}

const comm = (v: ProcessView) => (v.p.args[0] ?? '').slice((v.p.args[0] ?? '').lastIndexOf('/') + 1).slice(0, 15);

/** The fields known here: procps's header, and the value for a process. */
const FIELDS: Record<string, [string, (v: ProcessView) => string]> = {
  pid: ['PID', (v) => String(v.p.pid)],
  ppid: ['PPID', (v) => String(v.p.ppid)],
  user: ['USER', (v) => v.user],
  euser: ['EUSER', (v) => v.user],
  uname: ['USER', (v) => v.user],
  uid: ['UID', (v) => String(v.uid)],
  euid: ['EUID', (v) => String(v.uid)],
  comm: ['COMMAND', comm],
  ucomm: ['COMMAND', comm],
  args: ['COMMAND', (v) => v.p.args.join(' ')],
  command: ['COMMAND', (v) => v.p.args.join(' ')],
  cmd: ['CMD', (v) => v.p.args.join(' ')],
  tty: ['TT', (v) => (v.p.terminal ? 'pts/0' : '?')],
  tname: ['TTY', (v) => (v.p.terminal ? 'pts/0' : '?')],
  tt: ['TT', (v) => (v.p.terminal ? 'pts/0' : '?')],
  time: ['TIME', () => '00:00:00'],
  cputime: ['TIME', () => '00:00:00'],
  etime: ['ELAPSED', (v) => elapsed(v.nowMs - v.p.startedAtMs)],
  stime: ['STIME', (v) => hhmm(v.p.startedAtMs)],
  start_time: ['START', (v) => hhmm(v.p.startedAtMs)],
};

/** Fields procps has whose values the node does not know. */
const UNKNOWN_VALUES = new Set(['pcpu', '%cpu', 'pmem', '%mem', 'vsz', 'rss', 'rsz', 'vsize', 'gid', 'egid', 'group', 'egroup', 'stat', 's', 'state', 'nice', 'ni', 'pri', 'wchan', 'c', 'sz', 'psr', 'lstart', 'start', 'f', 'flags', 'label', 'sid', 'pgid', 'pgrp', 'tid', 'lwp', 'nlwp', 'cgroup']);

/** The field names of `-o`-style options; undefined when the options are anything else. */
function formatFields(args: readonly string[]): string[] | undefined {
  const fields: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    let list: string | undefined;
    if (a === '-o' || a === 'o' || a === '--format') list = args[++i];
    else if (a.startsWith('-o') && a.length > 2) list = a.slice(2);
    else if (a.startsWith('--format=')) list = a.slice('--format='.length);
    else return undefined;
    if (list === undefined) return undefined;
    fields.push(...list.split(/[,\s]+/).filter(Boolean));
  }
  return fields.length > 0 ? fields : undefined;
}

/** Titles and rows for user-defined formats; throws as ps or moby refuse, or a not-simulated 500. */
export function formattedTop(psArgs: readonly string[], views: readonly ProcessView[]): { Titles: string[]; Processes: string[][] } {
  const fields = formatFields(psArgs);
  if (!fields) throw notSimulated(`ps with options other than -ef or -o (${JSON.stringify(psArgs.join(' '))})`);
  const known: Array<[string, (v: ProcessView) => string]> = [];
  for (const raw of fields) {
    const name = raw.replace(/=.*$/, '').toLowerCase();
    const field = FIELDS[name];
    if (field) known.push(field);
    else if (UNKNOWN_VALUES.has(name)) throw notSimulated(`ps's field ${JSON.stringify(name)}`);
    else throw systemError(`ps: error: unknown user-defined format specifier ${JSON.stringify(name)}`);
  }
  const titles = known.map(([t]) => t);
  // parsePSOutput: the PID column is how the rows are matched to the container.
  if (!titles.includes('PID')) throw systemError("Couldn't find PID field in ps output");
  return { Titles: titles, Processes: views.map((v) => known.map(([, value]) => value(v))) };
}
