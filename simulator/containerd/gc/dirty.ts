// The metadata store's dirty flag: every deleting service sets it, and the collector
// (collector.ts) runs a moment later. Kept apart from the collector so the stores can set it
// without importing what they are collected by.

import type { Node } from '../../node';
import { scheduleAfter } from '../../host/scheduler';

/** Timer kind of the collector's scheduled run (its handler is registered in collector.ts). */
export const GC_TIMER = 'containerd.gc';

/** How long after a deletion containerd's scheduler has collected, in ms. */
export const GC_DELAY_MS = 100;

/**
 * Records that something was deleted; the first deletion since the last collection counts
 * and schedules the collector's run a moment later.
 */
export function markGcDirty(node: Node): void {
  const state = node.state.containerd;
  if (state.gcDirtySinceMs !== undefined) return;
  state.gcDirtySinceMs = node.nowMs();
  scheduleAfter(node, GC_DELAY_MS, GC_TIMER);
}
