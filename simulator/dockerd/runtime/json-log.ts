// dockerd's json-file log driver (moby v20.10.24 daemon/logger/jsonfilelog/jsonfilelog.go,
// daemon/logger/copier.go): every line the container prints becomes one entry
// {"log":"<line with its \n>","stream":"stdout|stderr","time":"<RFC3339Nano UTC>"} appended to
// /var/lib/docker/containers/<id>/<id>-json.log (mode 0640), whether a client is attached or not.
// The process's output is a timeline: the file is brought up to date by a timer at each next
// chunk, and by syncLogs before a reader looks. Copiers live in the page's memory, as the
// daemon's goroutines do.

import type { OutputChunk, OutputCursor, Process } from '../../containerd/client/index';
import { registerTimerKind, scheduleAt } from '../../host/scheduler';
import * as vfs from '../../host/vfs';
import type { Node, NodeRuntime } from '../../node';
import { containerDir } from './spec';

const TIMER_KIND = 'dockerd-json-log';
/** The file stops growing here: it lives in the node's memory and its saves. */
const MAX_LOG_FILE_BYTES = 1024 * 1024;

interface Copier {
  id: string;
  path: string;
  process: Process;
  cursor: Pick<OutputCursor, 'nextAtMs' | 'read'>;
  pending: { stdout: string; stderr: string };
  timer?: number;
  last: { ms: number; sub: number };
}

const copiers = new WeakMap<NodeRuntime, Map<string, Copier>>();

function copiersOf(node: Node): Map<string, Copier> {
  let m = copiers.get(node.runtime);
  if (!m) copiers.set(node.runtime, (m = new Map()));
  return m;
}

function logPath(id: string): string {
  return `${containerDir(id)}/${id}-json.log`;
}

/** Go's time.Time JSON form: RFC3339Nano in UTC, trailing zeros of the fraction dropped. */
function goTime(ms: number, subNanos: number): string {
  const base = new Date(ms).toISOString().slice(0, 19);
  const frac = (String(((ms % 1000) + 1000) % 1000).padStart(3, '0') + String(subNanos).padStart(6, '0')).replace(/0+$/, '');
  return frac ? `${base}.${frac}Z` : `${base}Z`;
}

/** The log file, made empty if missing (the driver's New at start). */
function ensureLogFile(node: Node, id: string): void {
  const files = node.state.host.files;
  const path = logPath(id);
  if (!vfs.exists(files, path)) vfs.writeFile(files, path, '', { mode: 0o640, mtimeMs: node.nowMs(), parents: true });
}

/** Starts copying `process`'s output (from its start; `out` is what Start returned) into the log. */
export function startCopier(node: Node, id: string, process: Process, out: readonly OutputChunk[]): void {
  let cursor: Copier['cursor'];
  try {
    cursor = process.output(out);
  } catch {
    return;
  }
  ensureLogFile(node, id);
  const copier: Copier = { id, path: logPath(id), process, cursor, pending: { stdout: '', stderr: '' }, last: { ms: Number.NEGATIVE_INFINITY, sub: 0 } };
  copiersOf(node).set(id, copier);
  flush(node, copier);
}

/** Brings every log up to now (before `docker logs` reads one, and at a task's exit). */
export function syncLogs(node: Node): void {
  for (const copier of [...copiersOf(node).values()]) flush(node, copier);
}

function exitOf(copier: Copier): number | undefined {
  try {
    const state = copier.process.state();
    if (!state) return undefined;
    return state.status === 'STOPPED' ? (state.exitAtMs ?? 0) : undefined;
  } catch {
    return -1;
  }
}

function entries(copier: Copier, chunk: OutputChunk, atMs: number): string {
  let text = '';
  const stream = chunk.stream;
  let buf = copier.pending[stream] + chunk.text;
  for (let nl = buf.indexOf('\n'); nl >= 0; nl = buf.indexOf('\n')) {
    const line = buf.slice(0, nl + 1);
    buf = buf.slice(nl + 1);
    // Each line gets its own time.Now(): stamps keep growing by a few microseconds.
    let ms = atMs;
    let sub = 233_072;
    if (ms < copier.last.ms || (ms === copier.last.ms && sub <= copier.last.sub)) {
      ms = copier.last.ms;
      sub = copier.last.sub + 2_665;
      if (sub > 999_999) {
        ms += 1;
        sub -= 1_000_000;
      }
    }
    copier.last = { ms, sub };
    text += `${JSON.stringify({ log: line, stream, time: goTime(ms, sub) }).replace(/[<>&\u2028\u2029]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`;
  }
  copier.pending[stream] = buf;
  return text;
}

function flush(node: Node, copier: Copier): void {
  const files = node.state.host.files;
  const exit = exitOf(copier);
  const now = node.nowMs();
  const limit = exit === undefined ? now : Math.min(now, exit === -1 ? now : exit);
  let text = '';
  for (let at = copier.cursor.nextAtMs(); at !== undefined && at <= limit; at = copier.cursor.nextAtMs()) {
    for (const chunk of copier.cursor.read(at)) text += entries(copier, chunk, at);
    if (text.length > MAX_LOG_FILE_BYTES) break;
  }
  if (text !== '' && files[copier.path]?.kind === 'file') {
    const size = files[copier.path]?.content?.length ?? 0;
    const room = MAX_LOG_FILE_BYTES - size;
    if (room > 0) vfs.appendFile(files, copier.path, vfs.textToBinary(text).slice(0, room), { mtimeMs: now });
  }
  const closed = exit !== undefined && (exit === -1 || exit <= now);
  if (closed || files[copier.path]?.kind !== 'file') {
    copiersOf(node).delete(copier.id);
    return;
  }
  const next = copier.cursor.nextAtMs();
  if (next === undefined || copier.timer === next) return;
  copier.timer = Math.max(next, now);
  scheduleAt(node, copier.timer, TIMER_KIND, { id: copier.id });
}

registerTimerKind(TIMER_KIND, (node, timer) => {
  const id = timer.data?.id;
  const copier = typeof id === 'string' ? copiersOf(node).get(id) : undefined;
  if (!copier || copier.timer !== timer.atMs) return;
  copier.timer = undefined;
  flush(node, copier);
});

export interface LogEntry {
  log: string;
  stream: 'stdout' | 'stderr';
  time: string;
}

/** The entries of the container's log file, oldest first (none when it has no file). */
export function readLogEntries(node: Node, id: string): LogEntry[] {
  syncLogs(node);
  const files = node.state.host.files;
  const path = logPath(id);
  if (files[path]?.kind !== 'file') return [];
  const text = vfs.binaryToText(vfs.readFile(files, path));
  const out: LogEntry[] = [];
  for (const line of text.split('\n')) {
    if (line === '') continue;
    try {
      out.push(JSON.parse(line) as LogEntry);
    } catch {
      // a line cut by the size limit
    }
  }
  return out;
}
