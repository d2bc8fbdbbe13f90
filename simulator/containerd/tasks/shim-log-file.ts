// The runc v2 shim's file:// writer (`--log-uri file:///path`, pkg/process/io.go @v1.6.20): the
// shim creates the file (0644, appending) before the process starts and two goroutines copy the
// process's stdout and stderr into it as they are written, whether or not anyone waits for the
// task (ctr run -d). Here the process's output is read as the timeline every other reader reads
// it through (programs/output-timeline.ts, as ctr attach, the CRI logs and json-file logs do):
// what is due at once is appended now, and one timer on the node's clock wakes the writer at
// the moment of the next chunk, so a detached task's file grows while it runs.
//
// The timer carries the output it follows (a reload keeps the node's timers, not this page's
// memory): after a reload the cursor is made again from it and skipped to the timer's moment,
// so an endless loop goes on with the round the reload found it in. What the process writes
// later in answer to the world (a signal handler's words, an access log line) is not followed
// into the file.

import type { Node, NodeRuntime } from '../../node';
import { appendFile } from '../../host/vfs';
import { registerTimerKind, scheduleAt } from '../../host/scheduler';
import { OutputCursor } from '../../programs/output-timeline';
import type { OutputChunk, RepeatingOutput } from '../../programs/program';
import type { ProcessRecord } from '../metadata/schema';
import { planOf } from './process-plan';

const LOG_WAKE_TIMER = 'containerd.shim-log-file.wake';

/** Which process is followed into which file, and its output as a timeline (the timer's data). */
interface Follow {
  ns: string;
  id: string;
  pid: number;
  path: string;
  startedAtMs: number;
  out: OutputChunk[];
  repeat?: RepeatingOutput;
}

/** The cursor of each pending timer (by timer id) while this page lives. */
const cursors = new WeakMap<NodeRuntime, Map<number, OutputCursor>>();

function cursorsOf(node: Node): Map<number, OutputCursor> {
  let byTimer = cursors.get(node.runtime);
  if (!byTimer) cursors.set(node.runtime, (byTimer = new Map()));
  return byTimer;
}

/** Process `pid` of task `id` in `ns`, if the task is still there. */
function processOf(node: Node, f: Follow): ProcessRecord | undefined {
  const tasks = node.state.containerd.namespaces[f.ns]?.tasks;
  const task = tasks && Object.hasOwn(tasks, f.id) ? tasks[f.id] : undefined;
  if (!task) return undefined;
  if (task.init.pid === f.pid) return task.init;
  return Object.values(task.execs).find((p) => p.pid === f.pid);
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

/**
 * Appends what the process wrote by `uptoMs`, then, while it may write on, sets the timer for
 * its next chunk.
 */
function copyAndWait(node: Node, f: Follow, cursor: OutputCursor, uptoMs: number, writesOn: boolean): void {
  let text = '';
  for (let at = cursor.nextAtMs(); at !== undefined && at <= uptoMs; at = cursor.nextAtMs()) for (const chunk of cursor.read(at)) text += chunk.text;
  if (text !== '') append(node, f.path, text);
  const next = cursor.nextAtMs();
  if (!writesOn || next === undefined) return;
  const timerId = scheduleAt(node, Math.max(next, node.nowMs()), LOG_WAKE_TIMER, { ...f });
  cursorsOf(node).set(timerId, cursor);
}

/** The follow a timer carries; undefined for data this version did not write. */
function followOf(d: Record<string, unknown> | undefined): Follow | undefined {
  if (!d || !Array.isArray(d.out) || typeof d.path !== 'string') return undefined;
  const f: Follow = { ns: String(d.ns ?? ''), id: String(d.id ?? ''), pid: Number(d.pid ?? 0), path: d.path, startedAtMs: Number(d.startedAtMs ?? 0), out: d.out as OutputChunk[] };
  if (d.repeat) f.repeat = d.repeat as RepeatingOutput;
  return f;
}

registerTimerKind(LOG_WAKE_TIMER, (node, timer) => {
  const f = followOf(timer.data);
  const byTimer = cursorsOf(node);
  const kept = byTimer.get(timer.id);
  byTimer.delete(timer.id);
  const p = f && processOf(node, f);
  if (!f || !p) return;
  let cursor = kept;
  if (!cursor) {
    // After a reload: the same timeline, read up to where the timer was set.
    cursor = new OutputCursor(f.out, f.repeat, f.startedAtMs);
    cursor.skipTo(timer.atMs);
  }
  // A process that has exited wrote up to its exit (the chunk of that very moment included).
  const exitAt = planOf(p).exitAtMs;
  const stopped = p.status === 'STOPPED';
  copyAndWait(node, f, cursor, stopped && exitAt !== undefined ? exitAt : node.nowMs(), !stopped);
});

/**
 * Creates the log file at `path` (its directory exists) and follows process `pid`'s output
 * (`out`, then `repeat` for ever) into it from `startedAtMs` on.
 */
export function followIntoLogFile(node: Node, ns: string, id: string, pid: number, path: string, startedAtMs: number, out: readonly OutputChunk[], repeat?: RepeatingOutput): void {
  appendFile(node.state.host.files, path, '', { mode: 0o644, mtimeMs: node.nowMs() });
  // A copy: what the process adds to its output later is not followed (see above).
  const f: Follow = { ns, id, pid, path, startedAtMs, out: [...out] };
  if (repeat && repeat.round.length > 0) {
    // A round with no pause between its turns would fill the disk at once: only its first turn is written.
    if (repeat.everyMs > 0) f.repeat = repeat;
    else f.out.push(...repeat.round.map((c) => ({ ...c, atMs: repeat.fromMs + (c.atMs ?? 0) })));
  }
  copyAndWait(node, f, new OutputCursor(f.out, f.repeat, startedAtMs), node.nowMs(), true);
}
