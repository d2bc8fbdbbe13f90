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

/** Prints the table; returns how many rows had a p99 over `frameMs`. */
export async function timerReport(now: () => number, rounds: number, frameMs: number): Promise<number> {
  const rows: string[][] = [];
  let over = 0;
  for (const pending of [0, PENDING]) {
    const s = await notesWith(pending, now, rounds);
    if (quantile(s, 0.99) > frameMs) over += 1;
    rows.push([`notes' commands, ${pending.toLocaleString('en')} timers pending`, String(s.length), ms(quantile(s, 0.5)), ms(quantile(s, 0.99))]);
  }
  const fire: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const session = createSession({ seed: 400 + round, now });
    const t0 = session.node.nowMs();
    for (let i = 0; i < PENDING; i++) scheduleAt(session.node, t0 + 1 + ((i * 7919) % 60_000), BENCH_TIMER);
    const start = performance.now();
    jumpTo(session.node, t0 + 60_001);
    fire.push(performance.now() - start);
  }
  rows.push([`run ${PENDING.toLocaleString('en')} due timers in one 60 s jump`, String(fire.length), ms(quantile(fire, 0.5)), ms(quantile(fire, 0.99))]);
  console.log('\n## the scheduler: commands with timers pending, and timers falling due\n');
  console.log(table(['case', 'runs', 'median ms', 'p99 ms'], rows));
  return over;
}
