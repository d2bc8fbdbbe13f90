// The runc v2 shim's file:// writer (`--log-uri file:///path`, pkg/process/io.go @v1.6.20): the
// shim creates the file (0644, appending) before the process starts and two goroutines copy the
// process's stdout and stderr into it as they are written, whether or not anyone waits for the
// task (ctr run -d). Here each chunk is appended at the moment the process writes it: what is due
// at once now, the rest by the node's scheduler (so a detached task's file grows while it runs,
// and a reload keeps the timers). An endless loop's rounds are followed one round at a time. What
// the process writes later in answer to the world (a signal handler's words, an access log line)
// is not followed into the file.

import type { Node } from '../../node';
import { appendFile } from '../../host/vfs';
import { registerTimerKind, scheduleAt } from '../../host/scheduler';
import type { OutputChunk, RepeatingOutput } from '../../programs/program';
import type { ProcessRecord } from '../metadata/schema';
import { planOf } from './process-plan';

const LOG_CHUNK_TIMER = 'containerd.shim-log-file';

/** Process `pid` of task `id` in `ns`, if the task is still there. */
function processOf(node: Node, ns: string, id: string, pid: number): ProcessRecord | undefined {
  const tasks = node.state.containerd.namespaces[ns]?.tasks;
  const task = tasks && Object.hasOwn(tasks, id) ? tasks[id] : undefined;
  if (!task) return undefined;
  if (task.init.pid === pid) return task.init;
  return Object.values(task.execs).find((p) => p.pid === pid);
}

/** Whether the process was still there to write at `atMs` (it may exit at that very moment). */
function wroteAt(p: ProcessRecord | undefined, atMs: number): boolean {
  if (!p) return false;
  const exitAt = planOf(p).exitAtMs;
  return p.status !== 'STOPPED' || exitAt === undefined || exitAt >= atMs;
}

interface Follow {
  ns: string;
  id: string;
  pid: number;
  path: string;
}

/**
 * Appends `text` to the log file. A file removed meanwhile is made again here, where the real
 * shim goes on writing into the unlinked file, which nobody can read any more.
 */
function append(node: Node, path: string, text: string): void {
  try {
    appendFile(node.state.host.files, path, text, { mtimeMs: node.nowMs() });
  } catch {
    // The shim's copy goroutine drops what it cannot write.
  }
}

/** Schedules the chunks of `chunks` (times after `startedAtMs`) that are not yet due; writes the others now. */
function writeOrSchedule(node: Node, f: Follow, startedAtMs: number, chunks: readonly OutputChunk[], roundOf?: { round: OutputChunk[]; everyMs: number; n: number }): void {
  const now = node.nowMs();
  chunks.forEach((chunk, i) => {
    const at = startedAtMs + (chunk.atMs ?? 0);
    const last = roundOf !== undefined && i === chunks.length - 1;
    if (at <= now && !last) append(node, f.path, chunk.text);
    else scheduleAt(node, Math.max(at, now), LOG_CHUNK_TIMER, { ...f, text: chunk.text, ...(last && roundOf ? { round: roundOf.round, everyMs: roundOf.everyMs, n: roundOf.n, startedAtMs } : {}) });
  });
}

registerTimerKind(LOG_CHUNK_TIMER, (node, timer) => {
  const d = timer.data ?? {};
  const f: Follow = { ns: String(d.ns ?? ''), id: String(d.id ?? ''), pid: Number(d.pid ?? 0), path: String(d.path ?? '') };
  if (!wroteAt(processOf(node, f.ns, f.id, f.pid), timer.atMs)) return;
  append(node, f.path, String(d.text ?? ''));
  // The last chunk of an endless loop's round brings in the next round.
  const round = d.round as OutputChunk[] | undefined;
  const everyMs = Number(d.everyMs ?? 0);
  if (round && everyMs > 0) {
    const n = Number(d.n ?? 0) + 1;
    const start = Number(d.startedAtMs ?? 0);
    writeOrSchedule(node, f, start, round.map((c) => ({ ...c, atMs: (c.atMs ?? 0) + n * everyMs })), { round, everyMs, n });
  }
});

/**
 * Creates the log file at `path` (its directory exists) and follows process `pid`'s output
 * (`out`, then `repeat` for ever) into it from `startedAtMs` on.
 */
export function followIntoLogFile(node: Node, ns: string, id: string, pid: number, path: string, startedAtMs: number, out: readonly OutputChunk[], repeat?: RepeatingOutput): void {
  appendFile(node.state.host.files, path, '', { mode: 0o644, mtimeMs: node.nowMs() });
  const f: Follow = { ns, id, pid, path };
  writeOrSchedule(node, f, startedAtMs, out);
  // A round with no pause between its turns would fill the disk at once: only its first turn is written.
  if (repeat && repeat.round.length > 0) {
    const first = repeat.round.map((c) => ({ ...c, atMs: repeat.fromMs + (c.atMs ?? 0) }));
    writeOrSchedule(node, f, startedAtMs, first, repeat.everyMs > 0 ? { round: repeat.round.map((c) => ({ ...c, atMs: repeat.fromMs + (c.atMs ?? 0) })), everyMs: repeat.everyMs, n: 0 } : undefined);
  }
}
