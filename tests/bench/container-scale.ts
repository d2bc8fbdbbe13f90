// Part of `npm run bench`: a list command (`nerdctl ps -a`, `docker ps -a`) timed on a node with
// 10 and then 1,000 running containers, made one `run -d` at a time.

import { performance } from 'node:perf_hooks';
import { createSession } from '../../simulator/index';
import { timeLine, type TimedLines } from './crictl';
import { ms, quantile, table } from './stats';

export interface ScaleCase {
  /** The table's heading. */
  title: string;
  seed: number;
  /** Untimed, before the containers: the image pull. */
  setup: readonly string[];
  /** The `run -d` line of the i-th container. */
  run: (i: number) => string;
  /** The lines timed at each size; those ending in -q print ids only (no header row). */
  timed: readonly string[];
}

/** Each timed line's median wall time at 1,000 containers. */
export async function containerScaleReport(c: ScaleCase, now: () => number, runs: number): Promise<Map<string, number>> {
  const at1000 = new Map<string, number>();
  const rows: string[][] = [];
  for (const count of [10, 1000]) {
    const session = createSession({ seed: c.seed, now });
    for (const line of c.setup) await session.run(line);
    const started = performance.now();
    for (let i = 0; i < count; i++) await session.run(c.run(i));
    const setupMs = performance.now() - started;
    for (const line of c.timed) {
      const samples: TimedLines = { wall: new Map(), cpu: new Map() };
      let lines = 0;
      for (let i = 0; i < runs; i++) {
        const r = await timeLine(samples, line, () => session.run(line));
        lines = r.stdout.split('\n').filter(Boolean).length - (line.endsWith('-q') ? 0 : 1);
      }
      const s = samples.wall.get(line) ?? [];
      rows.push([String(count), line, ms(quantile(s, 0.5)), ms(quantile(s, 0.99)), ms(quantile(samples.cpu.get(line) ?? [], 0.5)), `${lines} rows`, `${ms(setupMs / count)} ms per run -d`]);
      if (count === 1000) at1000.set(line, quantile(s, 0.5));
    }
  }
  console.log(`\n## ${c.title}\n`);
  console.log(table(['containers', 'command', 'median ms', 'p99 ms', 'cpu median ms', 'output', 'setup'], rows, 2));
  return at1000;
}
