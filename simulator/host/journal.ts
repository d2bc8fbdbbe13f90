// systemd-journald on node1: what the node's daemons log, kept in the host's state so
// `journalctl -u kubelet` still shows it after a reload. A daemon appends one line at a time
// with its unit, syslog identifier and PID; journalctl formats them in its default "short"
// output (`Dec 04 22:10:01 node1 kubelet[1234]: I1204 …`).
//
// Only the newest MAX_JOURNAL_ENTRIES are kept: a real journal rotates by size, and a save
// must stay small (a kubelet that cannot reach containerd logs three lines a second).

import type { Node } from '../node';
import type { Journal, JournalEntry } from './host-state';

import { MAX_JOURNAL_ENTRIES, MAX_JOURNAL_MESSAGE_CHARS } from './host-state';
import { keepLast } from './keep-last';

function journalOf(node: Node): Journal {
  const host = node.state.host;
  if (!host.journal) host.journal = { entries: [], written: 0 };
  return host.journal;
}

/** Appends one line to the journal as `ident[pid]` of `unit`, stamped with the node's now. */
export function appendJournal(node: Node, unit: string, ident: string, processId: number, message: string): void {
  const journal = journalOf(node);
  journal.entries.push({ atMs: node.nowMs(), unit, ident, pid: processId, message: message.slice(0, MAX_JOURNAL_MESSAGE_CHARS) });
  journal.written += 1;
  keepLast(journal.entries, MAX_JOURNAL_ENTRIES);
}

/** The entries of `unit` (all units when undefined), oldest first. */
export function journalEntries(node: Node, unit?: string): JournalEntry[] {
  const entries = node.state.host.journal?.entries ?? [];
  return unit === undefined ? [...entries] : entries.filter((e) => e.unit === unit);
}

/** How many entries were ever written: a follower compares it to see new lines. */
export function journalWritten(node: Node): number {
  return node.state.host.journal?.written ?? 0;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** journalctl's "short" line: `Dec 04 22:10:01 node1 kubelet[1234]: message` (the node runs UTC). */
export function formatJournalLine(entry: JournalEntry, hostname: string): string {
  const d = new Date(entry.atMs);
  const day = String(d.getUTCDate()).padStart(2, '0');
  const time = d.toISOString().slice(11, 19);
  return `${MONTHS[d.getUTCMonth()] ?? ''} ${day} ${time} ${hostname} ${entry.ident}[${entry.pid}]: ${entry.message}`;
}

/**
 * A daemon's logrus line as its journal keeps it (containerd's and dockerd's full timestamps:
 * RFC 3339 with the fraction's trailing zeros trimmed): `time="…" level=… msg="…"` and, when
 * given, ` error="…"`.
 */
export function daemonLogLine(nowMs: number, level: 'debug' | 'info' | 'warning' | 'error', msg: string, error?: string): string {
  const time = new Date(nowMs).toISOString().replace(/\.?0*Z$/, 'Z');
  const line = `time=${JSON.stringify(time)} level=${level} msg=${JSON.stringify(msg)}`;
  return error === undefined ? line : `${line} error=${JSON.stringify(error)}`;
}
