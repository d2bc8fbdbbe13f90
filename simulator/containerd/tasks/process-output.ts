// What the shim keeps of a process's output while the page lives: what it wrote, growing as
// it answers requests later (nginx's access log), and the endless part of it (a loop writing
// the same round for ever) that does not fit in the process record. Never saved: after a
// reload the task still runs, and its output from then on is no longer followed.

import type { Node, NodeRuntime } from '../../node';
import type { OutputChunk, RepeatingOutput } from '../../programs/program';

const repeating = new WeakMap<NodeRuntime, Map<number, RepeatingOutput>>();
const written = new WeakMap<NodeRuntime, Map<number, OutputChunk[]>>();

/** Keeps `out` as the output of process `pid`: readers holding the array see what is added. */
export function rememberOutput(node: Node, pid: number, out: OutputChunk[]): void {
  let byPid = written.get(node.runtime);
  if (!byPid) written.set(node.runtime, (byPid = new Map()));
  byPid.set(pid, out);
}

/** Adds what process `pid` writes now (`atMs` after it started) to its output, if followed. */
export function appendOutput(node: Node, pid: number, chunk: OutputChunk): void {
  written.get(node.runtime)?.get(pid)?.push(chunk);
}

/** Remembers that process `pid` goes on writing `repeat` for as long as it runs. */
export function rememberRepeatingOutput(node: Node, pid: number, repeat: RepeatingOutput | undefined): void {
  if (!repeat) return;
  let byPid = repeating.get(node.runtime);
  if (!byPid) repeating.set(node.runtime, (byPid = new Map()));
  byPid.set(pid, repeat);
}

/** The endless output of process `pid`, if it has one this page saw it start with. */
export function repeatingOutputOf(node: Node, pid: number): RepeatingOutput | undefined {
  return repeating.get(node.runtime)?.get(pid);
}
