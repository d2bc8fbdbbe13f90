// How the node's clock moves forward, by the one rule every program and daemon shares:
//
// - jumping (transcripts, tests, pipes): time leaps to the next timer at once and runs it, so
//   `sleep 30` returns immediately having run 30 s of the node's life, the same way for the
//   same seed however fast the machine is;
// - real time (a terminal someone watches: the browser, the REPL on a TTY): the node's clock
//   is the wall clock, so waiting means really waiting — timer by timer, each run when its
//   moment comes — and an abort (Ctrl-C) ends the wait early.

import type { Node } from '../node';
import { nextDueMs, runDue, settle, workInFlight } from './scheduler';

export interface TimeMode {
  /** The node follows the wall clock; otherwise time jumps. */
  realTime?: boolean;
  /** Aborting it ends a real-time wait early (Ctrl-C). */
  signal?: AbortSignal;
  /**
   * A moment no wait may pass unnoticed (`timeout 5 …`): a wait that reaches it calls
   * `expire()`, which sends the deadline's signal. When the command catches it (expire returns
   * true: ctr forwards it to its task) the wait goes on; otherwise the command is ended and the
   * wait reports that it did not finish.
   */
  deadline?: { atMs: number; expire(): boolean };
}

/** `targetMs`, or the deadline when that comes first; and whether it does. */
function capped(targetMs: number, mode: TimeMode): { target: number; cut: boolean } {
  const d = mode.deadline;
  return d && d.atMs < targetMs ? { target: d.atMs, cut: true } : { target: targetMs, cut: false };
}

/** Runs what became due while nobody was waiting (the wall clock moved between commands). */
export function catchUp(node: Node): void {
  runDue(node, node.nowMs());
}

/**
 * Jumps the clock to `targetMs`, running every timer due on the way at its own moment; nothing
 * but timers happens before `quietUntilMs` (a sleep's end: scheduler.ts TimerHandler).
 */
export function jumpTo(node: Node, targetMs: number, quietUntilMs = targetMs): void {
  // "For ever" cannot be jumped to: only what is due on the way runs, and the clock stays.
  if (!Number.isFinite(targetMs)) {
    catchUp(node);
    return;
  }
  for (;;) {
    const next = nextDueMs(node);
    if (next === undefined || next > targetMs) break;
    if (runDue(node, next, quietUntilMs) === 0) break;
  }
  const now = node.nowMs();
  if (targetMs > now) node.state.clockOffsetMs += targetMs - now;
}

/** Resolves after `ms` of real time, or at once when `signal` aborts (returns false then). */
export function realDelay(ms: number, signal?: AbortSignal): Promise<boolean> {
  if (signal?.aborted) return Promise.resolve(false);
  return new Promise<boolean>((resolve) => {
    const onAbort = () => {
      clearTimeout(timer);
      resolve(false);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve(true);
    }, Math.max(0, ms));
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * Lets `ms` of the node's time pass by the rule above. Returns false when a real-time wait was
 * aborted before its end (the time that did pass stays passed).
 */
export async function letTimePass(node: Node, ms: number, mode: TimeMode = {}): Promise<boolean> {
  if (!(ms > 0)) {
    catchUp(node);
    if (workInFlight(node)) await settle(node);
    return !mode.signal?.aborted;
  }
  return waitUntil(node, node.nowMs() + ms, mode);
}

/** Like letTimePass, to an absolute moment of the node's clock. */
export function waitUntil(node: Node, targetMs: number, mode: TimeMode = {}): Promise<boolean> {
  return waitFor(node, () => node.nowMs() >= targetMs, targetMs, mode, true);
}

/**
 * Waits until `ready()` holds or `targetMs` comes, whichever is first, running timers on the
 * way; checks again after each timer and whenever the node tells its listeners something
 * happened (a second terminal acting on the same node). Jumping mode jumps from timer to timer.
 * Returns whether `ready()` held.
 */
export async function waitFor(node: Node, ready: () => boolean, wantedMs: number, mode: TimeMode = {}, toTheEnd = false): Promise<boolean> {
  const { target: targetMs, cut } = capped(wantedMs, mode);
  const ok = await waitForUncapped(node, ready, targetMs, mode, toTheEnd);
  if (!ok && cut && node.nowMs() >= targetMs && mode.deadline?.expire()) {
    return waitFor(node, ready, wantedMs, { ...mode, deadline: undefined }, toTheEnd);
  }
  return ok;
}

/**
 * `toTheEnd`: the wait ends at `targetMs` only (a sleep), so nothing but timers happens before
 * it; a wait on `ready()` may end at any timer, after which a command may act.
 */
async function waitForUncapped(node: Node, ready: () => boolean, targetMs: number, mode: TimeMode, toTheEnd: boolean): Promise<boolean> {
  if (!mode.realTime) {
    for (;;) {
      catchUp(node);
      // A timer's async work (the kubelet's sync) finishes at its timer's moment, not later.
      if (workInFlight(node)) await settle(node);
      if (ready()) return true;
      const next = nextDueMs(node);
      if (next === undefined || next > targetMs) {
        jumpTo(node, targetMs);
        return ready();
      }
      jumpTo(node, next, toTheEnd ? targetMs : next);
      if (workInFlight(node)) await settle(node);
      if (mode.signal?.aborted) return ready();
    }
  }
  for (;;) {
    catchUp(node);
    if (workInFlight(node)) await settle(node);
    if (ready()) return true;
    const now = node.nowMs();
    if (now >= targetMs || mode.signal?.aborted) return false;
    const next = nextDueMs(node);
    const until = next === undefined ? targetMs : Math.min(next, targetMs);
    await new Promise<void>((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        node.runtime.listeners.delete(wake);
        mode.signal?.removeEventListener('abort', wake);
        resolve();
      };
      // setTimeout cannot wait longer than 2^31-1 ms; a longer wait simply loops.
      const timer = setTimeout(wake, Math.min(Math.max(0, until - now), 2_147_483_647));
      node.runtime.listeners.add(wake);
      mode.signal?.addEventListener('abort', wake, { once: true });
    });
  }
}
