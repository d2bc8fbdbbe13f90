// Part of `npm run bench`: lines that go through the shell library (just-bash), timed on one
// warm session many times, so that the median and the p99 are those of steady use. Each
// sample also records the garbage collector's pauses and the process's CPU time during it, to
// tell what a slow sample was: a GC pause, work, or only waiting for a busy machine's CPU.

import { PerformanceObserver, performance } from 'node:perf_hooks';
import { createSession } from '../../simulator/index';
import { SHELL_LINES } from './command-sets';
import { ms, quantile, table } from './stats';

const RUNS = Number(process.env.BENCH_SHELL_RUNS ?? 300);
const WARM_UP = 30;

export interface ShellLineStats {
  line: string;
  median: number;
  p99: number;
}

/** Times every shell-path line of SHELL_LINES on one session; prints and returns the figures. */
export async function shellLinesReport(now: () => number, print: (text: string) => void = console.log): Promise<ShellLineStats[]> {
  // GC entries arrive later than the pause itself: windows are matched to them at the end.
  const pauses: Array<{ start: number; end: number }> = [];
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) pauses.push({ start: e.startTime, end: e.startTime + e.duration });
  });
  observer.observe({ entryTypes: ['gc'] });
  const session = createSession({ seed: 7, now });
  await session.run(SHELL_LINES[0] ?? '');
  const measured: Array<{ line: string; windows: Array<{ start: number; end: number; cpu: number }> }> = [];
  for (const line of SHELL_LINES.slice(1)) {
    for (let i = 0; i < WARM_UP; i++) await session.run(line);
    const windows: Array<{ start: number; end: number; cpu: number }> = [];
    for (let i = 0; i < RUNS; i++) {
      const cpu0 = process.cpuUsage();
      const start = performance.now();
      await session.run(line);
      const end = performance.now();
      const used = process.cpuUsage(cpu0);
      windows.push({ start, end, cpu: (used.user + used.system) / 1000 });
    }
    measured.push({ line, windows });
  }
  await new Promise((resolve) => setTimeout(resolve, 50));
  observer.disconnect();
  const gcIn = (w: { start: number; end: number }) =>
    pauses.reduce((sum, p) => sum + Math.max(0, Math.min(w.end, p.end) - Math.max(w.start, p.start)), 0);
  const stats: ShellLineStats[] = [];
  const rows: string[][] = [];
  for (const { line, windows } of measured) {
    const wall = windows.map((w) => w.end - w.start);
    const p99 = quantile(wall, 0.99);
    const slow = windows.filter((w) => w.end - w.start >= p99);
    const withGc = slow.filter((w) => gcIn(w) > 0).length;
    const starved = slow.filter((w) => w.cpu < 0.5 * (w.end - w.start)).length;
    stats.push({ line, median: quantile(wall, 0.5), p99 });
    rows.push([
      line,
      String(RUNS),
      ms(quantile(wall, 0.5)),
      ms(p99),
      ms(quantile(windows.map((w) => w.cpu), 0.5)),
      ((100 * windows.reduce((a, w) => a + gcIn(w), 0)) / Math.max(1e-9, wall.reduce((a, b) => a + b, 0))).toFixed(1),
      `${slow.length}: ${withGc} in a GC pause, ${starved} waiting for CPU`,
    ]);
  }
  print(`\n## lines through the shell (one warm session, ${RUNS} runs each)\n`);
  print(table(['line', 'runs', 'median ms', 'p99 ms', 'cpu median ms', 'GC % of time', 'samples at/over p99'], rows));
  return stats;
}
