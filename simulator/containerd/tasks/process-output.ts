// What the shim keeps of a process's output while the page lives: the endless part of it (a
// loop writing the same round for ever) that does not fit in the process record. Never
// saved: after a reload the task still runs, and its endless output is no longer followed.

import type { Node, NodeRuntime } from '../../node';
import type { RepeatingOutput } from '../../programs/program';

const repeating = new WeakMap<NodeRuntime, Map<number, RepeatingOutput>>();

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
