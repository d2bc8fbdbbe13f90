// `docker top CONTAINER -o fields` (moby v20.10.24 daemon/top_unix.go ContainerTop): the daemon
// runs the host's ps (procps-ng 4.0, Debian bookworm) with the options and keeps the rows of the
// container's PIDs, the columns split on blanks under the header's titles. Here the user-defined
// formats (`-o pid,comm`, `o …`, `-opid`, `--format …`) with the fields whose values the node
// knows; procps's refusal of a name it lacks, moby's of a format without PID; `-e` and `-f`; the
// BSD forms (`aux`, `ux`, `x`, `-aux`). The host's ps cannot name the container's pty (it lives in
// the container's own devpts): TTY is `?` with -t too, STAT shows `+` for it. Memory fields
// carry the values measured for busybox's applets on the real node (the test images' busybox);
// other programs' memory is not simulated. CPU shares (%CPU, C) are the CPU time a process spent
// over its life, which the node does not keep: 0.0 and 0, as aux shows them, as a process
// that waits does (a real one shows its exec's few milliseconds for a while: 3.5 a second after
// `sleep` started, racing to 0.0); %MEM is busybox's RSS over a host's memory, 0.0.

import type { TaskProcess } from '../../containerd/client/index';
import { systemError } from '../errors';

export interface ProcessView {
  p: TaskProcess;
  /** A session leader (the container's init or an exec'd process: runc calls setsid for both). */
  leader: boolean;
  /** The container is paused: the freezer leaves its processes in D. */
  frozen: boolean;
  /** It runs the container's /bin/busybox (whose memory was measured). */
  busybox: boolean;
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

/**
 * VSZ and RSS in KiB of busybox's applets, measured with `docker top … aux` on the real node
 * (busybox 1.35, the test images'; RSS moves by a page or two between processes).
 */
const BUSYBOX_MEMORY = { vsz: 2268, rss: 1380 };

/** What the node knows of a process's memory: busybox's applets only. */
function memory(v: ProcessView): { vsz: number; rss: number } {
  if (v.busybox) return BUSYBOX_MEMORY;
  throw notSimulated(`the memory of ${JSON.stringify(v.p.args[0] ?? '')} in ps's VSZ and RSS`);
}

/** procps's pmem, RSS over the host's memory in tenths of a percent: busybox's is 0.0. */
function memoryShare(v: ProcessView): string {
  memory(v);
  return '0.0';
}

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
  tty: ['TT', () => '?'],
  tname: ['TTY', () => '?'],
  tt: ['TT', () => '?'],
  stat: ['STAT', (v) => stat(v)],
  ni: ['NI', () => '0'],
  nice: ['NI', () => '0'],
  pri: ['PRI', () => '19'],
  vsz: ['VSZ', (v) => String(memory(v).vsz)],
  vsize: ['VSZ', (v) => String(memory(v).vsz)],
  rss: ['RSS', (v) => String(memory(v).rss)],
  rssize: ['RSS', (v) => String(memory(v).rss)],
  rsz: ['RSZ', (v) => String(memory(v).rss)],
  time: ['TIME', () => '00:00:00'],
  cputime: ['TIME', () => '00:00:00'],
  etime: ['ELAPSED', (v) => elapsed(v.nowMs - v.p.startedAtMs)],
  stime: ['STIME', (v) => hhmm(v.p.startedAtMs)],
  start_time: ['START', (v) => hhmm(v.p.startedAtMs)],
  pcpu: ['%CPU', () => '0.0'],
  '%cpu': ['%CPU', () => '0.0'],
  c: ['C', () => '0'],
  cp: ['CP', () => '0'],
  pmem: ['%MEM', (v) => memoryShare(v)],
  '%mem': ['%MEM', (v) => memoryShare(v)],
};

/** Fields procps has whose values the node does not know. */
const UNKNOWN_VALUES = new Set(['gid', 'egid', 'group', 'egroup', 's', 'state', 'wchan', 'sz', 'psr', 'lstart', 'start', 'f', 'flags', 'label', 'sid', 'pgid', 'pgrp', 'tid', 'lwp', 'nlwp', 'cgroup']);

/** procps's STAT: S (D when frozen), `s` for a session leader, `+` in the pty's foreground group. */
function stat(v: ProcessView): string {
  return `${v.frozen ? 'D' : 'S'}${v.leader ? 's' : ''}${v.p.terminal ? '+' : ''}`;
}

/** procps's BSD TIME: M:SS of CPU time (none spent here). */
const bsdTime = () => '0:00';

/**
 * The BSD forms (`aux`, `ux`, `x`, `-aux`: letters among a, u, x; procps takes a leading dash
 * with them): `u` is the user-oriented format, else PID TTY STAT TIME COMMAND. a and x only
 * widen the selection, which the daemon narrows to the container's PIDs anyway.
 */
function bsdTop(letters: string, views: readonly ProcessView[]): { Titles: string[]; Processes: string[][] } {
  const command = (v: ProcessView) => v.p.args.join(' ');
  if (!letters.includes('u')) {
    return { Titles: ['PID', 'TTY', 'STAT', 'TIME', 'COMMAND'], Processes: views.map((v) => [String(v.p.pid), '?', stat(v), bsdTime(), command(v)]) };
  }
  return {
    Titles: ['USER', 'PID', '%CPU', '%MEM', 'VSZ', 'RSS', 'TTY', 'STAT', 'START', 'TIME', 'COMMAND'],
    Processes: views.map((v) => {
      const m = memory(v);
      return [v.user, String(v.p.pid), '0.0', '0.0', String(m.vsz), String(m.rss), '?', stat(v), hhmm(v.p.startedAtMs), bsdTime(), command(v)];
    }),
  };
}

/** ps -e alone: PID TTY TIME CMD, CMD being the command's name. */
function plainTop(views: readonly ProcessView[]): { Titles: string[]; Processes: string[][] } {
  return { Titles: ['PID', 'TTY', 'TIME', 'CMD'], Processes: views.map((v) => [String(v.p.pid), '?', '00:00:00', comm(v)]) };
}

/** The field names of `-o`-style options; undefined when the options are anything else. */
function formatFields(args: readonly string[]): string[] | undefined {
  const fields: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    let list: string | undefined;
    // -e / -A select every process (the daemon keeps the container's): -eo is -e then -o.
    if (a === '-e' || a === '-A') continue;
    if (a === '-eo' || a === '-Ao') list = args[++i];
    else if (a === '-o' || a === 'o' || a === '--format') list = args[++i];
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
  const joined = psArgs.join(' ');
  const bsd = /^-?([aux]+)$/.exec(joined);
  if (bsd) return bsdTop(bsd[1] ?? '', views);
  if (joined === '-e' || joined === '-A') return plainTop(views);
  const fields = formatFields(psArgs);
  if (!fields) throw notSimulated(`ps with options other than -ef, -e, -o or BSD's aux (${JSON.stringify(psArgs.join(' '))})`);
  const known: Array<[string, (v: ProcessView) => string]> = [];
  const unknownValues: string[] = [];
  for (const raw of fields) {
    // procps's names are case-sensitive (`-o PID` is unknown); a list it cannot read that has a
    // `%` in it is tried as an AIX format (`%p %c`), which `%CPU` is not.
    const name = raw.replace(/=.*$/, '');
    const field = FIELDS[name];
    if (field) known.push(field);
    else if (UNKNOWN_VALUES.has(name)) unknownValues.push(name);
    else if (fields.some((f) => f.includes('%'))) {
      if (fields.every((f) => /^%[CGPUacgnprtuxyz]$/.test(f))) throw notSimulated("ps's AIX format descriptors");
      throw systemError('ps: error: improper AIX field descriptor');
    } else throw systemError(`ps: error: unknown user-defined format specifier ${JSON.stringify(name)}`);
  }
  const titles = known.map(([t]) => t);
  // parsePSOutput: the PID column is how the rows are matched to the container — a format
  // without it fails once ps has run, whatever its other fields hold (none of those is PID).
  if (!titles.includes('PID')) throw systemError("Couldn't find PID field in ps output");
  if (unknownValues.length > 0) throw notSimulated(`ps's field ${JSON.stringify(unknownValues[0])}`);
  return { Titles: titles, Processes: views.map((v) => known.map(([, value]) => value(v))) };
}
