// The kubelet's restart back-off (client-go util/flowcontrol Backoff, as kuberuntime_manager's
// doBackOff uses it): 10 s after the first restart, doubling to 5 min; an entry not updated for
// twice the maximum starts again from 10 s. A container that exited at `finishedAt` may restart
// once `finishedAt + duration` has passed.

import type { BackoffEntry } from './kubelet-memory';

const INITIAL_BACKOFF_MS = 10_000;
const MAX_BACKOFF_MS = 300_000;

function expired(entry: BackoffEntry, eventMs: number): boolean {
  return eventMs - entry.lastUpdateMs > 2 * MAX_BACKOFF_MS;
}

/** IsInBackOffSince: whether `eventMs` (the exit) is still within the entry's back-off at `nowMs`. */
export function inBackoffSince(table: Record<string, BackoffEntry>, key: string, eventMs: number, nowMs: number): BackoffEntry | undefined {
  const entry = table[key];
  if (!entry || expired(entry, nowMs)) return undefined;
  return nowMs - eventMs < entry.durationMs ? entry : undefined;
}

/** Next: the first restart sets 10 s, each later one doubles it (capped at 5 min). */
export function nextBackoff(table: Record<string, BackoffEntry>, key: string, eventMs: number): void {
  const entry = table[key];
  if (!entry || expired(entry, eventMs)) {
    table[key] = { durationMs: INITIAL_BACKOFF_MS, lastUpdateMs: eventMs };
    return;
  }
  entry.durationMs = Math.min(entry.durationMs * 2, MAX_BACKOFF_MS);
  entry.lastUpdateMs = eventMs;
}
