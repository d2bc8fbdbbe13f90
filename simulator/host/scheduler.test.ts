import { describe, expect, it } from 'vitest';
import { makeTestNode } from '../containerd/namespaces/test-support';
import {
  cancelTimer,
  nextDueMs,
  pendingTimers,
  registerPeriodicKind,
  registerTimerKind,
  runDue,
  scheduleAfter,
  scheduleAt,
  startPeriodic,
  stopPeriodic,
} from './scheduler';
import { jumpTo, letTimePass, waitFor, waitUntil } from './time-driver';

const seen: Array<{ at: number; tag: unknown }> = [];
registerTimerKind('test.record', (node, timer) => seen.push({ at: node.nowMs(), tag: timer.data?.tag }));
registerTimerKind('test.repeat', (node, timer) => {
  seen.push({ at: node.nowMs(), tag: 'tick' });
  const left = Number(timer.data?.left ?? 0);
  if (left > 0) scheduleAfter(node, 1000, 'test.repeat', { left: left - 1 });
});
registerTimerKind('test.throws', () => {
  throw new Error('broken handler');
});

describe('scheduler', () => {
  it('runs due timers in (moment, creation) order, each with the clock at its moment', () => {
    seen.length = 0;
    const node = makeTestNode();
    const t0 = node.nowMs();
    scheduleAt(node, t0 + 300, 'test.record', { tag: 'c' });
    scheduleAt(node, t0 + 100, 'test.record', { tag: 'a' });
    scheduleAt(node, t0 + 100, 'test.record', { tag: 'b' });
    scheduleAt(node, t0 + 900, 'test.record', { tag: 'late' });
    expect(nextDueMs(node)).toBe(t0 + 100);
    jumpTo(node, t0 + 500);
    expect(seen).toEqual([
      { at: t0 + 100, tag: 'a' },
      { at: t0 + 100, tag: 'b' },
      { at: t0 + 300, tag: 'c' },
    ]);
    expect(node.nowMs()).toBe(t0 + 500);
    expect(pendingTimers(node)).toBe(1);
  });

  it('lets a daemon reschedule itself and runs what falls inside the same jump', async () => {
    seen.length = 0;
    const node = makeTestNode();
    const t0 = node.nowMs();
    scheduleAfter(node, 1000, 'test.repeat', { left: 5 });
    await letTimePass(node, 3500);
    expect(seen.map((s) => s.at - t0)).toEqual([1000, 2000, 3000]);
    await letTimePass(node, 10_000);
    expect(seen.map((s) => s.at - t0)).toEqual([1000, 2000, 3000, 4000, 5000, 6000]);
    expect(pendingTimers(node)).toBe(0);
  });

  it('cancels a pending timer and survives a throwing handler', () => {
    seen.length = 0;
    const node = makeTestNode();
    const t0 = node.nowMs();
    const id = scheduleAt(node, t0 + 10, 'test.record', { tag: 'gone' });
    scheduleAt(node, t0 + 5, 'test.throws');
    scheduleAt(node, t0 + 20, 'test.record', { tag: 'kept' });
    cancelTimer(node, id);
    expect(runDue(node, t0 + 30)).toBe(2);
    expect(seen).toEqual([{ at: t0 + 20, tag: 'kept' }]);
  });

  it('keeps its queue as plain data that survives JSON', () => {
    const node = makeTestNode();
    for (let i = 0; i < 50; i++) scheduleAfter(node, (i * 7919) % 1000, 'test.record', { tag: i });
    const copy = makeTestNode();
    copy.state = JSON.parse(JSON.stringify(node.state));
    seen.length = 0;
    runDue(copy, copy.nowMs() + 1000);
    const order = seen.map((s) => s.at);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(seen).toHaveLength(50);
  });

  it('waits for real time in real-time mode, and an abort ends the wait early', async () => {
    const node = makeTestNode(1, 0);
    const start = Date.now();
    const live = { ...node, nowMs: () => Date.now() + node.state.clockOffsetMs, wallMs: Date.now };
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 30);
    const finished = await waitUntil(live, live.nowMs() + 5000, { realTime: true, signal: ac.signal });
    expect(finished).toBe(false);
    expect(Date.now() - start).toBeLessThan(4000);
  });

  it('waitFor jumps from timer to timer until the condition holds', async () => {
    seen.length = 0;
    const node = makeTestNode();
    const t0 = node.nowMs();
    scheduleAfter(node, 1000, 'test.repeat', { left: 10 });
    const ok = await waitFor(node, () => seen.length >= 3, t0 + 60_000);
    expect(ok).toBe(true);
    expect(node.nowMs()).toBe(t0 + 3000);
  });

  it('runs a daemon loop every period from its start until it is stopped', async () => {
    const ticks: number[] = [];
    registerPeriodicKind('test.sync-loop', 10_000, (node) => ticks.push(node.nowMs()));
    const node = makeTestNode();
    const t0 = node.nowMs();
    startPeriodic(node, 'test.sync-loop');
    startPeriodic(node, 'test.sync-loop');
    await letTimePass(node, 35_000);
    expect(ticks.map((t) => t - t0)).toEqual([10_000, 20_000, 30_000]);
    stopPeriodic(node, 'test.sync-loop');
    await letTimePass(node, 60_000);
    expect(ticks).toHaveLength(3);
    expect(pendingTimers(node)).toBe(0);
  });
});

describe('saved timer queues', () => {
  it('are rejected when forged out of heap order', async () => {
    const { isWellFormedNodeState } = await import('../shell/saved-state-check');
    const { createSimulator } = await import('../index');
    const node = createSimulator({ seed: 1, now: () => 1_000 });
    scheduleAt(node, 5_000, 'test.record');
    scheduleAt(node, 9_000, 'test.record');
    expect(isWellFormedNodeState(JSON.parse(JSON.stringify(node.state)))).toBe(true);
    const forged = JSON.parse(JSON.stringify(node.state));
    forged.host.timers.heap.reverse();
    expect(isWellFormedNodeState(forged)).toBe(false);
    // The first import of the whole simulator can take over 5 s on a loaded machine.
  }, 60_000);
});

describe('timers whose work is async (the kubelet over CRI)', () => {
  it('a jump waits for each timer’s work before the next timer, so the work sees its own moment', async () => {
    const node = makeTestNode();
    const start = node.nowMs();
    const stamps: number[] = [];
    registerPeriodicKind('test.async-loop', 1000, async (n) => {
      await Promise.resolve();
      await new Promise<void>((resolve) => queueMicrotask(resolve));
      stamps.push(n.nowMs() - start);
    });
    startPeriodic(node, 'test.async-loop');
    await letTimePass(node, 3500);
    stopPeriodic(node, 'test.async-loop');
    expect(stamps).toEqual([1000, 2000, 3000]);
  });
});
