// nerdctl's json-file logging (pkg/logging/json_logger.go, pkg/logging/jsonfile/jsonfile.go
// @v0.22.2): the shim starts `nerdctl _NERDCTL_INTERNAL_LOGGING <data store>` for a task whose
// log URI is nerdctl's binary, and it appends one JSON entry per line the container prints —
// {"log":"<line with its \n>","stream":"stdout|stderr","time":"<RFC3339Nano UTC>"} — to
// <state dir>/<id>-json.log. A last line without its newline is never written (ReadString
// fails at EOF).
//
// The process's output is a timeline, so the file is brought up to date by a timer at each
// next chunk, and by syncJsonLogs before a reader looks (nginx's access lines come without a
// planned moment). Loggers live in the page's memory, as the logging binary's pipes do.

import type { Node, NodeRuntime } from '../../../node';
import type { OutputChunk, OutputCursor, Process } from '../../../containerd/client/index';
import { registerTimerKind, scheduleAt } from '../../../host/scheduler';
import * as vfs from '../../../host/vfs';
import { goJson } from '../format/go-json';

const TIMER_KIND = 'nerdctl-json-log';
/** The file stops growing here: it lives in the node's memory and its saves. */
const MAX_LOG_FILE_BYTES = 1024 * 1024;

interface Logger {
  key: string;
  path: string;
  process: Process;
  cursor: Pick<OutputCursor, 'nextAtMs' | 'read'>;
  pending: { stdout: string; stderr: string };
  timer?: number;
  /** The last entry's stamp (ms, ns within it): time.Now() per line only grows. */
  last: { ms: number; sub: number };
}

const loggers = new WeakMap<NodeRuntime, Map<string, Logger>>();

function loggersOf(node: Node): Map<string, Logger> {
  let m = loggers.get(node.runtime);
  if (!m) loggers.set(node.runtime, (m = new Map()));
  return m;
}

/** Go's time.Time JSON form: RFC3339Nano in UTC, trailing zeros of the fraction dropped. */
function goTimeJson(ms: number, subNanos: number): string {
  const base = new Date(ms).toISOString().slice(0, 19);
  const frac = (String(((ms % 1000) + 1000) % 1000).padStart(3, '0') + String(subNanos).padStart(6, '0')).replace(/0+$/, '');
  return frac ? `${base}.${frac}Z` : `${base}Z`;
}

/** Starts copying `process`'s output (from its start, `out` being what Start returned) into `path`. */
export function startJsonLogging(node: Node, key: string, path: string, process: Process, out: readonly OutputChunk[]): void {
  let cursor: Logger['cursor'];
  try {
    cursor = process.output(out);
  } catch {
    return;
  }
  const logger: Logger = { key, path, process, cursor, pending: { stdout: '', stderr: '' }, last: { ms: Number.NEGATIVE_INFINITY, sub: 0 } };
  loggersOf(node).set(key, logger);
  flush(node, logger);
}

/** Brings every json log up to now (before `nerdctl logs` reads one). */
export function syncJsonLogs(node: Node): void {
  for (const logger of [...loggersOf(node).values()]) flush(node, logger);
}

function exitOf(logger: Logger): number | undefined {
  try {
    const state = logger.process.state();
    if (!state) return undefined;
    return state.status === 'STOPPED' ? (state.exitAtMs ?? 0) : undefined;
  } catch {
    return -1;
  }
}

function entries(logger: Logger, chunk: OutputChunk, atMs: number): string {
  let text = '';
  const stream = chunk.stream;
  let buf = logger.pending[stream] + chunk.text;
  for (let nl = buf.indexOf('\n'); nl >= 0; nl = buf.indexOf('\n')) {
    const line = buf.slice(0, nl + 1);
    buf = buf.slice(nl + 1);
    // Each line gets its own time.Now(): stamps keep growing by a microsecond or so.
    let ms = atMs;
    let sub = 417_201;
    if (ms < logger.last.ms || (ms === logger.last.ms && sub <= logger.last.sub)) {
      ms = logger.last.ms;
      sub = logger.last.sub + 1_137;
      if (sub > 999_999) {
        ms += 1;
        sub -= 1_000_000;
      }
    }
    logger.last = { ms, sub };
    text += `${goJson({ log: line, stream, time: goTimeJson(ms, sub) })}\n`;
  }
  logger.pending[stream] = buf;
  return text;
}

function flush(node: Node, logger: Logger): void {
  const files = node.state.host.files;
  const exit = exitOf(logger);
  const now = node.nowMs();
  const limit = exit === undefined ? now : Math.min(now, exit === -1 ? now : exit);
  let text = '';
  for (let at = logger.cursor.nextAtMs(); at !== undefined && at <= limit; at = logger.cursor.nextAtMs()) {
    for (const chunk of logger.cursor.read(at)) text += entries(logger, chunk, at);
    if (text.length > MAX_LOG_FILE_BYTES) break;
  }
  if (text !== '' && files[logger.path]?.kind === 'file') {
    const size = vfs.readFile(files, logger.path).length;
    const room = MAX_LOG_FILE_BYTES - size;
    if (room > 0) vfs.appendFile(files, logger.path, vfs.textToBinary(text).slice(0, room), { mtimeMs: now });
  }
  const closed = exit !== undefined && (exit === -1 || exit <= now);
  if (closed || files[logger.path]?.kind !== 'file') {
    loggersOf(node).delete(logger.key);
    return;
  }
  const next = logger.cursor.nextAtMs();
  let planned: number | undefined;
  try {
    planned = logger.process.plannedExit()?.atMs;
  } catch {
    planned = undefined;
  }
  const wake = Math.min(next ?? Number.POSITIVE_INFINITY, planned ?? Number.POSITIVE_INFINITY);
  if (!Number.isFinite(wake)) return;
  const at = Math.max(wake, now);
  if (at === logger.timer) return;
  logger.timer = at;
  scheduleAt(node, at, TIMER_KIND, { key: logger.key });
}

registerTimerKind(TIMER_KIND, (node, timer) => {
  const key = timer.data?.key;
  const logger = typeof key === 'string' ? loggersOf(node).get(key) : undefined;
  if (!logger || logger.timer !== timer.atMs) return;
  logger.timer = undefined;
  flush(node, logger);
});
