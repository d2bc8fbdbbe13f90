// The json-file log both dockerd and nerdctl keep for a container: every line the process
// prints becomes one entry {"log":"<line with its \n>","stream":"stdout|stderr","time":"<RFC3339Nano
// UTC>"} appended to a file on the node (moby v20.10.24 daemon/logger/jsonfilelog/jsonfilelog.go
// with jsonlog/jsonlogbytes.go; nerdctl v0.22.2 pkg/logging/json_logger.go with
// pkg/logging/jsonfile/jsonfile.go). Both encode the line as Go's encoding/json does (HTML
// characters and control bytes as \u00XX, bad UTF-8 as \ufffd), both stamp each line with its
// own time.Now(), and a last line without its newline is never written.
//
// The process's output is a timeline: a log is brought up to date by a timer at its next chunk
// (and, for nerdctl, at the planned exit, where its logger closes), and by sync before a reader
// looks. The writers live in the page's memory, as the daemon's goroutines and nerdctl's
// logging process do: after a reload their timers find nothing to do.
//
// The two users differ only in small ways, kept as a style each passes: the timer kind saved
// with the node, the stamps' sub-millisecond digits, waking at the planned exit, and whether
// the writer creates the file itself (dockerd's driver does, mode 0640; nerdctl makes it first).

import { goJsonMarshal } from '../go/json';
import type { Node, NodeRuntime } from '../node';
import type { Rotation } from './log-rotation';
import { registerTimerKind, scheduleAt } from './scheduler';
import * as vfs from './vfs';

/** One piece of a process's output (containerd's cio chunk). */
interface LoggedChunk {
  stream: 'stdout' | 'stderr';
  text: string;
}

/** Reads a process's output timeline forward (containerd's OutputCursor). */
interface LoggedCursor {
  nextAtMs(): number | undefined;
  read(atMs: number): readonly LoggedChunk[];
}

/** What the writer needs of a process (containerd's client Process). */
interface LoggedProcess {
  /** Throws when the task is gone. */
  output(initial: readonly LoggedChunk[]): LoggedCursor;
  state(): { status: string; exitAtMs?: number } | undefined;
  plannedExit(): { atMs: number } | undefined;
}

export interface JsonFileLogStyle {
  /** The scheduler's timer kind (saved with the node's timers, so each user keeps its name). */
  timerKind: string;
  /** The first line's nanoseconds within its millisecond, and the step between lines stamped in one ms. */
  firstSubNanos: number;
  stepSubNanos: number;
  /** Also wake at the process's planned exit. */
  wakeAtPlannedExit: boolean;
  /** The mode the writer creates a missing file with; undefined: the caller made the file. */
  createMode?: number;
}

/** The file stops growing here: it lives in the node's memory and its saves. */
const MAX_LOG_FILE_BYTES = 1024 * 1024;

interface Writer {
  key: string;
  path: string;
  process: LoggedProcess;
  cursor: LoggedCursor;
  pending: { stdout: string; stderr: string };
  timer?: number;
  /** The last entry's stamp (ms, ns within it): time.Now() per line only grows. */
  last: { ms: number; sub: number };
  /** nerdctl's max-size writer (log-rotation.ts); undefined appends to one file. */
  rotation?: Rotation;
}

/** Go's time.Time JSON form: RFC3339Nano in UTC, trailing zeros of the fraction dropped. */
function goTimeJson(ms: number, subNanos: number): string {
  const base = new Date(ms).toISOString().slice(0, 19);
  const frac = (String(((ms % 1000) + 1000) % 1000).padStart(3, '0') + String(subNanos).padStart(6, '0')).replace(/0+$/, '');
  return frac ? `${base}.${frac}Z` : `${base}Z`;
}

/** The exit moment of a stopped process, undefined while it runs, -1 once its task is gone. */
function exitOf(writer: Writer): number | undefined {
  try {
    const state = writer.process.state();
    if (!state) return undefined;
    return state.status === 'STOPPED' ? (state.exitAtMs ?? 0) : undefined;
  } catch {
    return -1;
  }
}

/** json-file logs in one style: start a writer per container, sync them all before reading. */
export interface JsonFileLogs {
  /** Starts copying `process`'s output (from its start; `out` is what Start returned) into `path`. */
  start(node: Node, key: string, path: string, process: LoggedProcess, out: readonly LoggedChunk[], rotation?: Rotation): void;
  /** Brings every log of this style up to now. */
  sync(node: Node): void;
}

export function jsonFileLogs(style: JsonFileLogStyle): JsonFileLogs {
  const writers = new WeakMap<NodeRuntime, Map<string, Writer>>();
  const writersOf = (node: Node): Map<string, Writer> => {
    let m = writers.get(node.runtime);
    if (!m) writers.set(node.runtime, (m = new Map()));
    return m;
  };

  const entries = (writer: Writer, chunk: LoggedChunk, atMs: number, each?: (entry: string) => void): string => {
    let text = '';
    const stream = chunk.stream;
    let buf = writer.pending[stream] + chunk.text;
    for (let nl = buf.indexOf('\n'); nl >= 0; nl = buf.indexOf('\n')) {
      const line = buf.slice(0, nl + 1);
      buf = buf.slice(nl + 1);
      let ms = atMs;
      let sub = style.firstSubNanos;
      if (ms < writer.last.ms || (ms === writer.last.ms && sub <= writer.last.sub)) {
        ms = writer.last.ms;
        sub = writer.last.sub + style.stepSubNanos;
        if (sub > 999_999) {
          ms += 1;
          sub -= 1_000_000;
        }
      }
      writer.last = { ms, sub };
      const entry = `${goJsonMarshal({ log: line, stream, time: goTimeJson(ms, sub) })}\n`;
      if (each) each(entry);
      else text += entry;
    }
    writer.pending[stream] = buf;
    return text;
  };

  const flush = (node: Node, writer: Writer): void => {
    const files = node.state.host.files;
    const exit = exitOf(writer);
    const now = node.nowMs();
    const limit = exit === undefined ? now : Math.min(now, exit === -1 ? now : exit);
    let text = '';
    const rotation = writer.rotation;
    for (let at = writer.cursor.nextAtMs(); at !== undefined && at <= limit; at = writer.cursor.nextAtMs()) {
      for (const chunk of writer.cursor.read(at)) {
        // Rotated files stay small by themselves: each entry goes through the rotating writer.
        if (rotation) entries(writer, chunk, at, (entry) => rotation.write(files, writer.path, entry, chunk.stream, now));
        else text += entries(writer, chunk, at);
      }
      if (text.length > MAX_LOG_FILE_BYTES) break;
    }
    if (text !== '' && files[writer.path]?.kind === 'file') {
      const room = MAX_LOG_FILE_BYTES - (files[writer.path]?.content?.length ?? 0);
      if (room > 0) vfs.appendFile(files, writer.path, vfs.textToBinary(text).slice(0, room), { mtimeMs: now });
    }
    const closed = exit !== undefined && (exit === -1 || exit <= now);
    if (closed || files[writer.path]?.kind !== 'file') {
      writersOf(node).delete(writer.key);
      return;
    }
    let planned: number | undefined;
    if (style.wakeAtPlannedExit) {
      try {
        planned = writer.process.plannedExit()?.atMs;
      } catch {
        planned = undefined;
      }
    }
    const wake = Math.min(writer.cursor.nextAtMs() ?? Number.POSITIVE_INFINITY, planned ?? Number.POSITIVE_INFINITY);
    if (!Number.isFinite(wake)) return;
    const at = Math.max(wake, now);
    if (at === writer.timer) return;
    writer.timer = at;
    scheduleAt(node, at, style.timerKind, { key: writer.key });
  };

  registerTimerKind(style.timerKind, (node, timer) => {
    const key = timer.data?.key;
    const writer = typeof key === 'string' ? writersOf(node).get(key) : undefined;
    if (!writer || writer.timer !== timer.atMs) return;
    writer.timer = undefined;
    flush(node, writer);
  });

  return {
    start(node, key, path, process, out, rotation) {
      let cursor: LoggedCursor;
      try {
        cursor = process.output(out);
      } catch {
        return;
      }
      const files = node.state.host.files;
      if (style.createMode !== undefined && !vfs.exists(files, path)) vfs.writeFile(files, path, '', { mode: style.createMode, mtimeMs: node.nowMs(), parents: true });
      const writer: Writer = { key, path, process, cursor, pending: { stdout: '', stderr: '' }, last: { ms: Number.NEGATIVE_INFINITY, sub: 0 }, rotation };
      writersOf(node).set(key, writer);
      flush(node, writer);
    },
    sync(node) {
      for (const writer of [...writersOf(node).values()]) flush(node, writer);
    },
  };
}
