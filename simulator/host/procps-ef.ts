// The node's `ps -ef` (procps-ng 4.0.2, Debian bookworm) for the processes of a container, as
// the tools that run it on the host show them (`runc ps`, `nerdctl top`): UID as the host names
// the process's uid (its /etc/passwd, not the container's; cut to 7 characters and a "+" past
// 8), PID, PPID, C (the CPU share, which the node does not keep: 0, as a waiting process shows
// it), STIME (HH:MM today, else "MonDD"), TTY (`?`: a container's pty lives in its own devpts,
// which the host's ps cannot name), TIME and CMD.

import type { VfsEntry } from './host-state';
import * as vfs from './vfs';

/** What ps needs of one process. */
export interface PsProcess {
  pid: number;
  ppid: number;
  /** The user's name inside the container. */
  user: string;
  args: readonly string[];
  startedAtMs: number;
}

/** Container user names as their images define them: the uid the host's ps looks up. */
const CONTAINER_UIDS: Readonly<Record<string, number>> = { root: 0, nginx: 101 };

/** The uid of a container's user name as its image defines it (root when unknown). */
export function containerUid(user: string): number {
  return CONTAINER_UIDS[user] ?? 0;
}

const HEADER = ['UID', 'PID', 'PPID', 'C', 'STIME', 'TTY', 'TIME', 'CMD'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** procps prints the host's name for the uid (cut to 7 + "+" past 8), else the number. */
export function hostUser(files: Record<string, VfsEntry>, user: string): string {
  const uid = containerUid(user);
  const passwd = vfs.exists(files, '/etc/passwd') ? vfs.binaryToText(vfs.readFile(files, '/etc/passwd')) : '';
  const name = passwd
    .split('\n')
    .map((l) => l.split(':'))
    .find((f) => f[2] === String(uid))?.[0];
  if (name === undefined) return uid === 0 ? 'root' : String(uid);
  return name.length > 8 ? `${name.slice(0, 7)}+` : name;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** procps's STIME: the hour and minute of a start today, the month and day of an older one. */
function stime(startMs: number, nowMs: number): string {
  const start = new Date(startMs);
  const now = new Date(nowMs);
  if (start.toISOString().slice(0, 10) !== now.toISOString().slice(0, 10)) return `${MONTHS[start.getUTCMonth()] ?? ''}${pad2(start.getUTCDate())}`;
  return `${pad2(start.getUTCHours())}:${pad2(start.getUTCMinutes())}`;
}

/** The header and one row of cells a process, as `ps -ef` titles and fills its columns. */
export function psEfCells(files: Record<string, VfsEntry>, processes: readonly PsProcess[], nowMs: number): string[][] {
  return [HEADER, ...processes.map((p) => [hostUser(files, p.user), String(p.pid), String(p.ppid), '0', stime(p.startedAtMs, nowMs), '?', '00:00:00', p.args.join(' ')])];
}

/**
 * The cells as ps lays them out: UID left in 8, PID and PPID right in 5, C right in 2, STIME
 * left in 5, TTY left in 8, TIME right in 8, one space between, CMD as it is. A wider value
 * pushes the rest of its line along, as procps lets it.
 */
export function psEfText(cells: readonly string[][]): string {
  const layout: Array<[number, 'left' | 'right']> = [[8, 'left'], [5, 'right'], [5, 'right'], [2, 'right'], [5, 'left'], [8, 'left'], [8, 'right']];
  return cells
    .map((row) => {
      const fixed = layout.map(([width, side], i) => (side === 'left' ? (row[i] ?? '').padEnd(width) : (row[i] ?? '').padStart(width)));
      return `${[...fixed, row[7] ?? ''].join(' ')}\n`;
    })
    .join('');
}
