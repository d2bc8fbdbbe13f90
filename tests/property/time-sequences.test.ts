// Property (issue 6): commands, signals and the passing of time interleaved at random keep the
// model's invariants and the clock's own: time never runs backwards, nothing due is left
// waiting once a command has returned, a process whose planned exit has passed is stopped
// (unless frozen), a container's files change only at the moments its processes write them,
// and events come in time order. And the same lines with the same seed give the same
// transcript and the same node, however long the machine takes between them.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planOf } from '../../simulator/containerd/tasks/process-plan';
import type { TimerRecord } from '../../simulator/host/host-state';
import type { NodeState } from '../../simulator/node';
import { invariantViolations } from './invariants';
import { createSession } from '../../simulator/index';
import { FIXED_NOW, runGuarded, stateOf } from './session-harness';

const IMAGE = 'docker.io/library/busybox:latest';
const CONTAINERS = ['t0', 't1', 't2'];
const id = fc.constantFrom(...CONTAINERS);
const seconds = fc.constantFrom('0.05', '0.5', '1', '2', '7');
const signal = fc.constantFrom('SIGKILL', 'SIGTERM', 'SIGINT', 'SIGHUP', 'SIGUSR1');
const w = (weight: number, arbitrary: fc.Arbitrary<string>) => ({ weight, arbitrary });

const command: fc.Arbitrary<string> = fc.oneof(
  w(4, fc.tuple(id, seconds, seconds).map(([c, a, b]) => `ctr run -d ${IMAGE} ${c} sh -c 'echo start > /s; sleep ${a}; echo mid > /m; sleep ${b}; rm /s'`)),
  w(2, fc.tuple(id, seconds).map(([c, a]) => `ctr run -d ${IMAGE} ${c} sh -c 'trap "echo bye > /bye; exit 3" TERM; sleep ${a}; while true; do sleep 1; done'`)),
  w(1, id.map((c) => `ctr run -d ${IMAGE} ${c} sleep 100000`)),
  w(4, seconds.map((s) => `sleep ${s}`)),
  w(3, fc.tuple(id, signal).map(([c, s]) => `ctr t kill -s ${s} ${c}`)),
  w(1, id.map((c) => `ctr t kill -a -s SIGKILL ${c}`)),
  w(2, id.map((c) => `ctr t pause ${c}`)),
  w(2, id.map((c) => `ctr t resume ${c}`)),
  w(2, fc.tuple(id, fc.constantFrom('e1', 'e2'), seconds).map(([c, e, s]) => `ctr t exec --exec-id ${e} ${c} sh -c 'sleep ${s}; echo x > /x'`)),
  w(2, fc.tuple(id, fc.constantFrom('/s', '/m', '/x', '/bye')).map(([c, f]) => `ctr t exec --exec-id r ${c} cat ${f}`)),
  w(3, id.map((c) => `ctr t rm ${c}`)),
  w(2, id.map((c) => `ctr c rm ${c}`)),
  w(1, seconds.map((s) => `ctr leases create -x ${s}s`)),
  w(1, fc.constant('ctr leases ls -q')),
  w(1, fc.constant('ctr t ls')),
);

function isHeap(heap: TimerRecord[]): boolean {
  return heap.every((t, i) => {
    if (i === 0) return true;
    const p = heap[(i - 1) >> 1] as TimerRecord;
    return p.atMs < t.atMs || (p.atMs === t.atMs && p.id < t.id);
  });
}

function timeViolations(state: NodeState, nowMs: number): string[] {
  const problems: string[] = [];
  const heap = state.host.timers?.heap ?? [];
  if (!isHeap(heap)) problems.push('the timer queue lost its heap order');
  const due = heap.filter((t) => t.atMs <= nowMs);
  if (due.length > 0) problems.push(`timers left due after the command: ${due.map((t) => t.kind).join(', ')}`);
  for (const [ns, record] of Object.entries(state.containerd.namespaces)) {
    for (const task of Object.values(record.tasks)) {
      if (task.paused) continue;
      for (const p of [task.init, ...Object.values(task.execs)]) {
        const exitAt = planOf(p).exitAtMs;
        if (p.status === 'RUNNING' && exitAt !== undefined && exitAt <= nowMs) {
          problems.push(`${ns}/${task.containerId} pid ${p.pid} should have exited at ${exitAt}`);
        }
      }
    }
  }
  const stamps = state.containerd.events.map((e) => e.timestamp);
  for (let i = 1; i < stamps.length; i++) {
    if ((stamps[i] as string) < (stamps[i - 1] as string)) problems.push(`event ${i} is older than the one before it`);
  }
  return problems;
}

async function pulledSession(seed: number, session = createSession({ seed, now: () => FIXED_NOW })) {
  await runGuarded(session, `ctr i pull ${IMAGE}`);
  return session;
}

/** A wall clock that runs on by `stepMs` every time it is read: a machine of some speed. */
function machineClock(stepMs: number): () => number {
  let t = FIXED_NOW;
  return () => {
    const read = t;
    t += stepMs;
    return read;
  };
}

describe('commands, signals and time interleaved', () => {
  it('keep the model invariants and the clock sound', { timeout: 60_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(command, { minLength: 5, maxLength: 30, size: 'max' }), fc.integer({ min: 1, max: 1000 }), async (lines, seed) => {
        const session = await pulledSession(seed);
        let last = session.node.nowMs();
        for (const line of lines) {
          const result = await runGuarded(session, line);
          expect(result.stderr, line).not.toMatch(/internal simulator error/);
          const now = session.node.nowMs();
          expect(now, `${line} moved the clock backwards`).toBeGreaterThanOrEqual(last);
          last = now;
          const state = stateOf(session);
          expect(invariantViolations(state.containerd), `after ${line}`).toEqual([]);
          expect(timeViolations(state, now), `after ${line}`).toEqual([]);
        }
      }),
      { numRuns: 60, seed: 60606 },
    );
  });

  it('give the same transcript and node for the same seed, however slow the machine', { timeout: 60_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(command, { minLength: 5, maxLength: 20, size: 'max' }), fc.integer({ min: 1, max: 1000 }), async (lines, seed) => {
        const replay = async (pauseMs: number) => {
          // As the transcript runner does: the wall clock is read once, then only the node moves time.
          const now = machineClock(pauseMs * 1000 + 1);
          const session = await pulledSession(seed, createSession({ seed, now, frozenClock: true }));
          let transcript = '';
          for (const line of lines) {
            // A slower machine: real time passes between and around the lines.
            if (pauseMs > 0) await new Promise((r) => setTimeout(r, pauseMs));
            const r = await runGuarded(session, line);
            transcript += `$ ${line}\n${r.stdout}${r.stderr}[exit ${r.exitCode}]\n`;
          }
          return { transcript, state: JSON.stringify(stateOf(session)) };
        };
        const fast = await replay(0);
        const slow = await replay(3);
        expect(slow.transcript).toBe(fast.transcript);
        expect(slow.state).toBe(fast.state);
      }),
      { numRuns: 15, seed: 151515 },
    );
  });
});
