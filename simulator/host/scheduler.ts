// The node's one notion of "later": a queue of timers on the simulated clock. Everything that
// happens on its own — a process that exits, containerd's collector a moment after a deletion,
// a lease whose time is up, later the kubelet's sync loop — is a timer with a kind and plain
// data, kept in the state tree (a binary heap in an array), so it survives a save and a
// reload like the rest of the node. What a kind does is registered by the layer that owns it
// (registerTimerKind), so the host layer never imports containerd.
//
// Timers run only when the clock is brought forward (runDue, and time-driver.ts around it):
// each at its own moment, in order of (moment, creation). While one runs the clock reads its
// moment, so what it stamps (an event, an exit time) is when it happened, not when somebody
// looked. Nothing ticks while nothing is due: an empty queue costs one comparison.

import { type Node, notifyListeners } from '../node';
import type { TimerQueue, TimerRecord } from './host-state';

/**
 * What a timer does. A handler that calls async services (the kubelet's sync over CRI) returns
 * its promise: the time driver settles it before the clock moves on (see `settle`).
 * `quietUntilMs`: until then nothing but timers happens on the node (no command of a user: the
 * clock is being brought there by a sleep), so a handler may count on the world staying as the
 * timers leave it.
 */
export type TimerHandler = (node: Node, timer: TimerRecord, quietUntilMs: number) => unknown;

const handlers = new Map<string, TimerHandler>();

/** Async work timers started and that has not finished yet, per node (never saved). */
const inFlight = new WeakMap<Node, Set<Promise<unknown>>>();

function track(node: Node, work: Promise<unknown>): void {
  let set = inFlight.get(node);
  if (!set) {
    set = new Set();
    inFlight.set(node, set);
  }
  const settled = work.then(
    () => undefined,
    () => undefined,
  );
  set.add(settled);
  void settled.then(() => set.delete(settled));
}

/** Rounds of settling after which work that keeps starting more work is left running. */
const MAX_SETTLE_ROUNDS = 1_000;

/** Whether async work that timers started is still running on `node`. */
export function workInFlight(node: Node): boolean {
  return (inFlight.get(node)?.size ?? 0) > 0;
}

/**
 * Resolves once the async work that timers started has finished (work it starts in turn
 * included), so a jump of the clock runs each timer's work at that timer's moment. Callers
 * check workInFlight first, so a wait without such work costs no extra turn of the event loop.
 */
export async function settle(node: Node): Promise<void> {
  for (let round = 0; round < MAX_SETTLE_ROUNDS; round += 1) {
    const set = inFlight.get(node);
    if (!set || set.size === 0) return;
    await Promise.all([...set]);
  }
}

/** Declares what timers of `kind` do. Registered once per kind by the layer that owns it. */
export function registerTimerKind(kind: string, handler: TimerHandler): void {
  handlers.set(kind, handler);
}

/** The node's queue, created on first use (older saved nodes have none). */
function queueOf(node: Node): TimerQueue {
  const host = node.state.host;
  if (!host.timers) host.timers = { heap: [], nextId: 1 };
  return host.timers;
}

function before(a: TimerRecord, b: TimerRecord): boolean {
  return a.atMs < b.atMs || (a.atMs === b.atMs && a.id < b.id);
}

function siftUp(heap: TimerRecord[], index: number): void {
  let i = index;
  const item = heap[i] as TimerRecord;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    const p = heap[parent] as TimerRecord;
    if (!before(item, p)) break;
    heap[i] = p;
    i = parent;
  }
  heap[i] = item;
}

function siftDown(heap: TimerRecord[], index: number): void {
  let i = index;
  const item = heap[i] as TimerRecord;
  for (;;) {
    const left = 2 * i + 1;
    if (left >= heap.length) break;
    const right = left + 1;
    const child = right < heap.length && before(heap[right] as TimerRecord, heap[left] as TimerRecord) ? right : left;
    const c = heap[child] as TimerRecord;
    if (!before(c, item)) break;
    heap[i] = c;
    i = child;
  }
  heap[i] = item;
}

function popFirst(heap: TimerRecord[]): TimerRecord | undefined {
  const first = heap[0];
  const last = heap.pop();
  if (heap.length > 0 && last) {
    heap[0] = last;
    siftDown(heap, 0);
  }
  return first;
}

/** Schedules `kind` at simulated time `atMs` (a moment already past runs at the next runDue). */
export function scheduleAt(node: Node, atMs: number, kind: string, data?: Record<string, unknown>): number {
  const queue = queueOf(node);
  const timer: TimerRecord = { id: queue.nextId++, atMs: Number.isFinite(atMs) ? atMs : Number.MAX_SAFE_INTEGER, kind };
  if (data) timer.data = data;
  queue.heap.push(timer);
  siftUp(queue.heap, queue.heap.length - 1);
  return timer.id;
}

/** Schedules `kind` `delayMs` after the node's now. */
export function scheduleAfter(node: Node, delayMs: number, kind: string, data?: Record<string, unknown>): number {
  return scheduleAt(node, node.nowMs() + Math.max(0, delayMs), kind, data);
}

/** Drops timer `id` if it is still pending. */
export function cancelTimer(node: Node, id: number): void {
  const heap = queueOf(node).heap;
  const index = heap.findIndex((t) => t.id === id);
  if (index < 0) return;
  const last = heap.pop() as TimerRecord;
  if (index < heap.length) {
    heap[index] = last;
    siftDown(heap, index);
    siftUp(heap, index);
  }
}

/**
 * A daemon's loop (the kubelet's sync, a restart manager): `handler` runs every `periodMs` of
 * the node's time once startPeriodic is called, until stopPeriodic. The loop is one pending
 * timer at a time, so a stopped daemon costs nothing.
 */
export function registerPeriodicKind(kind: string, periodMs: number, handler: TimerHandler): void {
  registerTimerKind(kind, (node, timer, quietUntilMs) => {
    scheduleAt(node, timer.atMs + periodMs, kind, timer.data);
    return handler(node, timer, quietUntilMs);
  });
  periods.set(kind, periodMs);
}

const periods = new Map<string, number>();

/** Starts the loop of `kind` (registered with registerPeriodicKind), unless it runs already. */
export function startPeriodic(node: Node, kind: string, data?: Record<string, unknown>): void {
  const period = periods.get(kind);
  if (period === undefined || queueOf(node).heap.some((t) => t.kind === kind)) return;
  scheduleAfter(node, period, kind, data);
}

/** Stops the loop of `kind`: its pending run is dropped. */
export function stopPeriodic(node: Node, kind: string): void {
  for (const t of queueOf(node).heap.filter((x) => x.kind === kind)) cancelTimer(node, t.id);
}

/** The moment of the earliest pending timer, or undefined when none is pending. */
export function nextDueMs(node: Node): number | undefined {
  return node.state.host.timers?.heap[0]?.atMs;
}

/** How many timers are pending (for tests and the bench). */
export function pendingTimers(node: Node): number {
  return node.state.host.timers?.heap.length ?? 0;
}

/** A timer whose handler keeps scheduling more at the same moment is stopped after this many. */
const MAX_TIMERS_PER_RUN = 100_000;

/**
 * Runs every timer due at or before `uptoMs`, each with the clock pinned to its moment.
 * A handler may schedule more timers; those due by `uptoMs` run in the same call. Returns how
 * many ran. A handler that throws loses only its own timer.
 */
export function runDue(node: Node, uptoMs: number = node.nowMs(), quietUntilMs: number = uptoMs): number {
  const heap = node.state.host.timers?.heap;
  if (!heap || heap.length === 0 || (heap[0] as TimerRecord).atMs > uptoMs) return 0;
  let ran = 0;
  const outer = node.runtime.pinnedMs;
  try {
    while (heap.length > 0 && (heap[0] as TimerRecord).atMs <= uptoMs && ran < MAX_TIMERS_PER_RUN) {
      const timer = popFirst(heap) as TimerRecord;
      ran += 1;
      const handler = handlers.get(timer.kind);
      if (!handler) continue;
      // The clock never runs backwards: a timer found late runs at the time it is found.
      node.runtime.pinnedMs = Math.max(timer.atMs, outer ?? Number.NEGATIVE_INFINITY);
      try {
        const work = handler(node, timer, Math.max(quietUntilMs, uptoMs));
        if (work instanceof Promise) track(node, work);
      } catch {
        // One broken timer must not stop the node's clock (its state was checked on restore).
      }
    }
  } finally {
    node.runtime.pinnedMs = outer;
  }
  if (ran > 0) notifyListeners(node);
  return ran;
}
