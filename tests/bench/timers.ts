// The scheduler's cost (issue 6): the notes' commands with an empty timer queue and with
// 10,000 timers pending far in the future, and the time to run 10,000 timers that fall due in
// one jump. Reported by `npm run bench`, never asserted.

import { performance } from 'node:perf_hooks';
import { createSession } from '../../simulator/index';
import { registerTimerKind, scheduleAt } from '../../simulator/host/scheduler';
import { jumpTo } from '../../simulator/host/time-driver';
import { NOTES_COMMANDS } from './command-sets';
import { ms, quantile, table } from './stats';

const PENDING = 10_000;
const BENCH_TIMER = 'bench.noop';
registerTimerKind(BENCH_TIMER, () => undefined);

async function notesWith(pending: number, now: () => number, rounds: number): Promise<number[]> {
  const samples: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const session = createSession({ seed: 300 + round, now });
    const far = session.node.nowMs() + 365 * 24 * 3_600_000;
    for (let i = 0; i < pending; i++) scheduleAt(session.node, far + i, BENCH_TIMER);
    for (const line of NOTES_COMMANDS) {
      const start = performance.now();
      await session.run(line);
      samples.push(performance.now() - start);
    }
  }
  return samples;
}

export interface TimerFigures {
  /** The notes' commands with no timer pending and with 10,000 pending: median and p99, ms. */
  idle: { median: number; p99: number };
  pending: { median: number; p99: number };
  /** Running 10,000 timers that fall due in one jump, ms. */
  fire: { median: number; p99: number };
}

const figures = (s: readonly number[]) => ({ median: quantile(s, 0.5), p99: quantile(s, 0.99) });

/** Prints the table and returns its figures. */
export async function timerReport(now: () => number, rounds: number): Promise<TimerFigures> {
  const idle = figures(await notesWith(0, now, rounds));
  const pending = figures(await notesWith(PENDING, now, rounds));
  const fireSamples: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const session = createSession({ seed: 400 + round, now });
    const t0 = session.node.nowMs();
    for (let i = 0; i < PENDING; i++) scheduleAt(session.node, t0 + 1 + ((i * 7919) % 60_000), BENCH_TIMER);
    const start = performance.now();
    jumpTo(session.node, t0 + 60_001);
    fireSamples.push(performance.now() - start);
  }
  const fire = figures(fireSamples);
  const count = PENDING.toLocaleString('en');
  const rows = [
    ["notes' commands, no timer pending", idle],
    [`notes' commands, ${count} timers pending`, pending],
    [`run ${count} due timers in one 60 s jump`, fire],
  ] as const;
  console.log('\n## the scheduler: commands with timers pending, and timers falling due\n');
  console.log(table(['case', 'median ms', 'p99 ms'], rows.map(([name, f]) => [name, ms(f.median), ms(f.p99)])));
  return { idle, pending, fire };
}
