// A running CRI container's log file (containerd 1.6.20 pkg/cri/server/container_start.go
// createContainerLoggers, pkg/cri/io/logger.go): what the container's process prints is
// written to the log path, one CRI log line per line printed, at the moment it is printed.
//
// The process's output is a timeline (programs/output-timeline.ts), so the file is brought up
// to date by a timer at the moment of each next chunk ('cri-container-log'): the node runs
// due timers before every shell line and while time passes, so `cat` of the file and
// `crictl logs` read what was printed up to now. Output a program adds later without a planned
// moment (nginx's access lines) is picked up by syncContainerLogs, which CRI readers call.
//
// The loggers live in this page's memory, as the shim's copy of a process's output does
// (containerd/tasks/process-output.ts): after a reload the file keeps what was written and
// later output of a process started before is no longer followed (its timer finds no logger).

import type { CriContext } from '../context';
import type { Node, NodeRuntime } from '../../node';
import type { OutputChunk, OutputCursor, Process } from '../../containerd/client/index';
import { registerTimerKind, scheduleAt } from '../../host/scheduler';
import { appendFile, isVfsError, readFile, stat, textToBinary, writeFile } from '../../host/vfs';
import { closeLogStream, feedLogText, formatLogEntry, rfc3339NanoUtc, type LogEntry, type PendingLine } from './cri-log-line';

const TIMER_KIND = 'cri-container-log';

/**
 * A log file stops growing at 1 MiB here: every file lives in the node's memory and saves. A
 * real containerd writes on (the kubelet rotates at 10 MiB; crictl-started containers are
 * never rotated). Only endless loops get near it.
 */
const MAX_LOG_FILE_BYTES = 1024 * 1024;

/** What the logger reads the output through: the shim's cursor, or the start-up output alone. */
type LogCursor = Pick<OutputCursor, 'nextAtMs' | 'read'>;

interface Logger {
  containerId: string;
  process: Process;
  cursor: LogCursor;
  /** The path written to; undefined after the file was moved or removed until a reopen. */
  path: string | undefined;
  /** A terminal merges stderr into stdout: only the stdout logger exists (tty). */
  tty: boolean;
  pending: { stdout: PendingLine; stderr: PendingLine };
  /** The last exit moment seen, for a process whose task is gone by the time we look. */
  exitAtMs?: number;
  /** The moment of this logger's pending timer (an older one that fires finds it moved on). */
  timer?: number;
  /** The last line's stamp, in ns within its ms: stamps only grow, as time.Now() per line does. */
  last: { ms: number; subNanos: number };
}

const loggers = new WeakMap<NodeRuntime, Map<string, Logger>>();
/** The container IO's copy of what each container's process printed (cntr.IO), for attaches. */
const outputs = new WeakMap<NodeRuntime, Map<string, readonly OutputChunk[]>>();

function startOutputs(node: Node): Map<string, readonly OutputChunk[]> {
  let byId = outputs.get(node.runtime);
  if (!byId) outputs.set(node.runtime, (byId = new Map()));
  return byId;
}

/** What container `id`'s process printed, as StartContainer got it (growing with later output); [] when unknown. */
export function containerOutput(node: Node, id: string): readonly OutputChunk[] {
  return startOutputs(node).get(id) ?? [];
}

function loggersOf(node: Node): Map<string, Logger> {
  let byId = loggers.get(node.runtime);
  if (!byId) loggers.set(node.runtime, (byId = new Map()));
  return byId;
}

/**
 * openLogFile (helpers_linux.go): O_CREATE|O_APPEND|O_WRONLY, mode 0640. Throws the error
 * createContainerLoggers wraps: `failed to create and open log file: open <path>: no such file
 * or directory` (the directory must exist: containerd makes none).
 */
export function openContainerLog(ctx: CriContext, logPath: string): void {
  const files = ctx.node.state.host.files;
  try {
    const entry = files[logPath] ? stat(files, logPath) : undefined;
    if (entry?.kind === 'dir') throw new Error(`open ${logPath}: is a directory`);
    if (!entry) writeFile(files, logPath, '', { mode: 0o640, mtimeMs: ctx.node.nowMs() });
  } catch (err) {
    const text = isVfsError(err) ? `open ${logPath}: ${err.message.slice(err.message.indexOf(': ') + 2)}` : (err as Error).message;
    throw new Error(`failed to create and open log file: ${text}`);
  }
}

export interface StartLoggingOptions {
  /** What the process printed at start-up (Start's output), later output following. */
  out?: readonly OutputChunk[];
  /** The container has a terminal: stderr is not logged separately (it is merged by the pty). */
  tty?: boolean;
}

/**
 * Starts copying the output of `process` (the container's task) into `logPath`, from the
 * process's start. StartContainer calls it once the task started (after openContainerLog made
 * the file when the task's IO was created). An empty `logPath` discards the output.
 */
export function startLogging(ctx: CriContext, containerId: string, process: Process, logPath: string, options: StartLoggingOptions = {}): void {
  const node = ctx.node;
  startOutputs(node).set(containerId, options.out ?? []);
  if (logPath === '') return;
  const logger: Logger = {
    containerId,
    process,
    cursor: cursorOf(process, options.out ?? [], startOf(node, containerId)),
    path: logPath,
    tty: options.tty === true,
    pending: { stdout: { text: '' }, stderr: { text: '' } },
    last: { ms: Number.NEGATIVE_INFINITY, subNanos: 0 },
  };
  loggersOf(node).set(containerId, logger);
  flush(node, logger, node.nowMs());
}

/** When the container's process started, as far as the plugin's record knows (at the latest now). */
function startOf(node: Node, containerId: string): number {
  const record = node.state.cri.containers[containerId];
  return Math.min(node.nowMs(), record?.startedAt?.ms ?? Number.POSITIVE_INFINITY, record?.finishedAt?.ms ?? Number.POSITIVE_INFINITY);
}

/**
 * The process's output from its start. A process that exited at once may have had its task
 * deleted already (the CRI plugin's exit handling): its start-up output is then all there is.
 */
function cursorOf(process: Process, out: readonly OutputChunk[], startedAtMs: number): LogCursor {
  try {
    return process.output(out);
  } catch {
    let index = 0;
    return {
      nextAtMs: () => (index < out.length ? startedAtMs + ((out[index] as OutputChunk).atMs ?? 0) : undefined),
      read: (uptoMs) => {
        const taken: OutputChunk[] = [];
        while (index < out.length && startedAtMs + ((out[index] as OutputChunk).atMs ?? 0) <= uptoMs) taken.push(out[index++] as OutputChunk);
        return taken;
      },
    };
  }
}

/** Brings every log file up to now (before a reader looks at them). */
export function syncContainerLogs(node: Node): void {
  for (const logger of [...loggersOf(node).values()]) flush(node, logger, node.nowMs());
}

/**
 * The container's process has exited: the shim closed its output, and the logger writes what
 * is left and ends (the copy goroutines of pkg/cri/io reach EOF). What a signal handler
 * printed on the way out (a TERM trap's echo) was added to the output without a timer of its
 * own, so only this brings it to the file.
 */
export function drainContainerLog(node: Node, containerId: string): void {
  const logger = loggersOf(node).get(containerId);
  if (logger) flush(node, logger, node.nowMs());
}

/**
 * ReopenContainerLog's effect once the container was found running (container_log_reopen.go):
 * the file is opened again at the log path (created if it was moved away), and output goes
 * there from now on. Errors as openContainerLog.
 */
export function reopenLog(ctx: CriContext, containerId: string, logPath: string): void {
  if (logPath === '') return;
  openContainerLog(ctx, logPath);
  const logger = loggersOf(ctx.node).get(containerId);
  if (!logger) return;
  flush(ctx.node, logger, ctx.node.nowMs());
  logger.path = logPath;
}

/** Whether the process has ended, and when (undefined while it runs). */
function endedAt(node: Node, logger: Logger): number | undefined {
  try {
    const state = logger.process.state();
    if (state && state.status !== 'STOPPED') return undefined;
    if (state?.exitAtMs !== undefined) logger.exitAtMs = state.exitAtMs;
  } catch {
    // The task is gone (deleted after its exit): the exit seen before, or the CRI record's.
  }
  if (logger.exitAtMs === undefined) {
    const finished = node.state.cri.containers[logger.containerId]?.finishedAt;
    logger.exitAtMs = finished ? finished.ms : node.nowMs();
  }
  return logger.exitAtMs;
}

/** A stable 32-bit hash, for the sub-millisecond digits of the log's timestamps. */
function hash32(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** Writes what the process printed by `uptoMs`; ends the logger once the process has ended. */
function flush(node: Node, logger: Logger, uptoMs: number): void {
  const exitAt = endedAt(node, logger);
  const limit = exitAt === undefined ? uptoMs : Math.min(uptoMs, exitAt);
  let text = '';
  for (let at = logger.cursor.nextAtMs(); at !== undefined && at <= limit; at = logger.cursor.nextAtMs()) {
    const entries: LogEntry[] = [];
    for (const chunk of logger.cursor.read(at)) entries.push(...feedChunk(logger, chunk));
    text += stamp(logger, entries, at);
    if (text.length > MAX_LOG_FILE_BYTES) break;
  }
  const closed = exitAt !== undefined && (exitAt <= uptoMs || logger.cursor.nextAtMs() === undefined);
  if (closed) {
    const rest = [...closeLogStream('stdout', logger.pending.stdout), ...closeLogStream('stderr', logger.pending.stderr)];
    text += stamp(logger, rest, exitAt);
  }
  write(node, logger, text);
  const full = logger.path !== undefined && sizeOf(node, logger.path) >= MAX_LOG_FILE_BYTES;
  if (closed || full) {
    loggersOf(node).delete(logger.containerId);
    return;
  }
  const next = logger.cursor.nextAtMs();
  const planned = plannedExitAt(logger);
  const wake = Math.min(next ?? Number.POSITIVE_INFINITY, planned ?? Number.POSITIVE_INFINITY);
  if (!Number.isFinite(wake)) return;
  const at = Math.max(wake, node.nowMs());
  if (at === logger.timer) return;
  logger.timer = at;
  scheduleAt(node, at, TIMER_KIND, { containerId: logger.containerId });
}

function plannedExitAt(logger: Logger): number | undefined {
  try {
    return logger.process.plannedExit()?.atMs;
  } catch {
    return undefined;
  }
}

function feedChunk(logger: Logger, chunk: OutputChunk): LogEntry[] {
  const stream = logger.tty ? 'stdout' : chunk.stream;
  return feedLogText(stream, logger.pending[stream], chunk.text);
}

/** The entries' lines, stamped at `atMs` with sub-millisecond digits that keep growing. */
function stamp(logger: Logger, entries: readonly LogEntry[], atMs: number): string {
  let text = '';
  let ms = atMs;
  let nanos = hash32(`${logger.containerId}:${atMs}`) % 900_000;
  for (const entry of entries) {
    const last = logger.last;
    if (ms < last.ms || (ms === last.ms && nanos <= last.subNanos)) {
      ms = last.ms;
      nanos = last.subNanos + 1_000;
      if (nanos > 999_999) {
        ms += 1;
        nanos -= 1_000_000;
      }
    }
    logger.last = { ms, subNanos: nanos };
    text += formatLogEntry(entry, rfc3339NanoUtc(ms, nanos));
  }
  return text;
}

function sizeOf(node: Node, path: string): number {
  try {
    return readFile(node.state.host.files, path).length;
  } catch {
    return 0;
  }
}

/** Appends to the open file; a file moved or removed under the logger takes the output with it. */
function write(node: Node, logger: Logger, text: string): void {
  if (text === '' || logger.path === undefined) return;
  const files = node.state.host.files;
  if (files[logger.path]?.kind !== 'file') {
    // The open file went with the rename (or was unlinked): nothing reaches the path until a reopen.
    logger.path = undefined;
    return;
  }
  const room = MAX_LOG_FILE_BYTES - sizeOf(node, logger.path);
  if (room <= 0) return;
  const bytes = textToBinary(text);
  appendFile(files, logger.path, bytes.length > room ? bytes.slice(0, room) : bytes, { mtimeMs: node.nowMs() });
}

registerTimerKind(TIMER_KIND, (node, timer) => {
  const id = timer.data?.containerId;
  const logger = typeof id === 'string' ? loggersOf(node).get(id) : undefined;
  if (!logger || logger.timer !== timer.atMs) return;
  logger.timer = undefined;
  flush(node, logger, node.nowMs());
});
