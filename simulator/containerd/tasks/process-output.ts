// What the shim keeps of a process's output while the page lives: what it wrote, growing as
// it answers requests later (nginx's access log), and the endless part of it (a loop writing
// the same round for ever) that does not fit in the process record. Never saved: after a
// reload the task still runs, and its output from then on is no longer followed.

import type { Node, NodeRuntime } from '../../node';
import type { OutputChunk, RepeatingOutput } from '../../programs/program';

/** What this page has seen process `pid` write: its output so far, and its endless part. */
interface Followed {
  out: OutputChunk[];
  repeat?: RepeatingOutput;
}

const followed = new WeakMap<NodeRuntime, Map<number, Followed>>();

/**
 * Keeps `out` (and `repeat`) as the output of process `pid`: readers holding the array see
 * what is added later.
 */
export function rememberOutput(node: Node, pid: number, out: OutputChunk[], repeat?: RepeatingOutput): void {
  let byPid = followed.get(node.runtime);
  if (!byPid) followed.set(node.runtime, (byPid = new Map()));
  byPid.set(pid, repeat ? { out, repeat } : { out });
}

/** Adds what process `pid` writes now (`atMs` after it started) to its output, if followed. */
export function appendOutput(node: Node, pid: number, chunk: OutputChunk): void {
  followed.get(node.runtime)?.get(pid)?.out.push(chunk);
}

/** The endless output of process `pid`, if it has one this page saw it start with. */
export function repeatingOutputOf(node: Node, pid: number): RepeatingOutput | undefined {
  return followed.get(node.runtime)?.get(pid)?.repeat;
}

/** What this page has seen process `pid` write (its whole planned output), if it follows it. */
export function outputOf(node: Node, pid: number): readonly OutputChunk[] | undefined {
  return followed.get(node.runtime)?.get(pid)?.out;
}
