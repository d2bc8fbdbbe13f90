// The metadata store's dirty flag and mutation count: every deleting service sets the flag and
// every writing one counts, and the collector (collector.ts) runs a moment later. Kept apart
// from the collector so the stores can report without importing what they are collected by.
//
// containerd 1.6's gc scheduler (gc/scheduler, defaults deletion_threshold 0, mutation_threshold
// 100, startup_delay 100ms) wakes up on its own, and collects when something was deleted since
// the last collection, when 100 writes happened since then, or the first time after startup;
// otherwise it goes back to sleep. Nothing else runs the collector: an expired lease is not
// dropped when its time comes but at the next collection after that (see collector.ts).

import type { Node } from '../../node';
import { scheduleAfter } from '../../host/scheduler';

/** Timer kind of the collector's scheduled run (its handler is registered in collector.ts). */
export const GC_TIMER = 'containerd.gc';

/** How long after a deletion containerd's scheduler has collected, in ms. */
export const GC_DELAY_MS = 100;

/** The scheduler's mutation_threshold: this many writes since the last collection make one. */
export const GC_MUTATION_THRESHOLD = 100;

/** Asks for a collection GC_DELAY_MS from now unless one is already pending. */
function requestCollection(node: Node): void {
  const state = node.state.containerd;
  if (state.gcDirtySinceMs !== undefined) return;
  state.gcDirtySinceMs = node.nowMs();
  scheduleAfter(node, GC_DELAY_MS, GC_TIMER);
}

/**
 * Records that something was deleted; the first deletion since the last collection counts
 * and schedules the collector's run a moment later.
 */
export function markGcDirty(node: Node): void {
  requestCollection(node);
}

/**
 * Records one write to the metadata store (a bolt update that deletes nothing: a lease, a
 * container, an image, a label...). The GC_MUTATION_THRESHOLD-th since the last collection
 * asks for one, as the real scheduler's next wake-up does.
 */
export function noteGcMutation(node: Node): void {
  const state = node.state.containerd;
  const count = (state.gcMutations ?? 0) + 1;
  state.gcMutations = count;
  if (count >= GC_MUTATION_THRESHOLD) requestCollection(node);
}

/** containerd (re)started: its scheduler collects once startup_delay (100 ms) later. */
export function collectAfterStartup(node: Node): void {
  requestCollection(node);
}
