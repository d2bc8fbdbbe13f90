// The metadata store's dirty flag: every deleting service sets it, and the collector
// (collector.ts) runs a moment later. Kept apart from the collector so the stores can set it
// without importing what they are collected by.

import type { Node } from '../../node';

/** Records that something was deleted; the first deletion since the last collection counts. */
export function markGcDirty(node: Node): void {
  const state = node.state.containerd;
  if (state.gcDirtySinceMs === undefined) state.gcDirtySinceMs = node.nowMs();
}
