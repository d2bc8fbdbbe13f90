// Part of `npm run bench`: the notes' crictl commands timed on fresh sessions (after the notes'
// /etc/crictl.yaml and configs, written untimed), and `crictl ps -a` / `crictl pods` on a node
// whose k8s.io namespace holds 1,000 pods, each with a running container.

import { performance } from 'node:perf_hooks';
import { createSession, type ShellSession } from '../../simulator/index';
import { CONTAINER_CONFIG, CRICTL_YAML, POD_CONFIG } from '../scenario/notes-crictl-files';
import { CRICTL_NOTES_COMMANDS } from './command-sets';
import { scaledCriSession } from './cri-scale';
import { ms, quantile, table } from './stats';

/** A session with the notes' crictl files in place. */
async function notesCrictlSession(seed: number, now: () => number): Promise<ShellSession> {
  const session = createSession({ seed, now });
  for (const line of [CRICTL_YAML, POD_CONFIG, CONTAINER_CONFIG]) await session.run(line);
  return session;
}

/** Wall and CPU time samples (ms) per command line. */
export interface TimedLines {
  wall: Map<string, number[]>;
  cpu: Map<string, number[]>;
}

/** Runs `run` and adds its wall and CPU time (user + system) under `line`. */
export async function timeLine<T>(samples: TimedLines, line: string, run: () => Promise<T>): Promise<T> {
  const cpu0 = process.cpuUsage();
  const start = performance.now();
  const result = await run();
  const elapsed = performance.now() - start;
  const used = process.cpuUsage(cpu0);
  samples.wall.set(line, [...(samples.wall.get(line) ?? []), elapsed]);
  samples.cpu.set(line, [...(samples.cpu.get(line) ?? []), (used.user + used.system) / 1000]);
  return result;
}

/** Replays the notes' crictl commands on `rounds` fresh sessions; samples per line. */
export async function timeCrictlNotes(rounds: number, now: () => number): Promise<TimedLines> {
  const samples: TimedLines = { wall: new Map(), cpu: new Map() };
  for (let round = 0; round < rounds; round++) {
    const session = await notesCrictlSession(200 + round, now);
    let id = '';
    for (const line of CRICTL_NOTES_COMMANDS) {
      const r = await timeLine(samples, line, () => session.run(line.replace('$ID', id)));
      if (line === 'crictl ps -q') id = r.stdout.trim().split('\n')[0] ?? '';
    }
  }
  return samples;
}

/** `crictl pods` and `crictl ps -a` at 10 and 1,000 pods; the medians at 1,000. */
export async function criScaleReport(now: () => number, runs: number): Promise<Map<string, number>> {
  const at1000 = new Map<string, number>();
  const rows: string[][] = [];
  for (const count of [10, 1000]) {
    const built = await scaledCriSession(count, now);
    if (built.problem) {
      rows.push([String(count), 'n/a', '-', '-', '-', built.problem]);
      continue;
    }
    for (const line of ['crictl pods', 'crictl ps -a', 'crictl pods -q', 'crictl ps -a -q']) {
      const s: number[] = [];
      // CPU time beside wall time, as bench.ts's scale table has it: on a busy machine the wall
      // time also counts waiting for a core.
      const cpu: number[] = [];
      let lines = 0;
      for (let i = 0; i < runs; i++) {
        const cpu0 = process.cpuUsage();
        const start = performance.now();
        const r = await built.session.run(line);
        s.push(performance.now() - start);
        const used = process.cpuUsage(cpu0);
        cpu.push((used.user + used.system) / 1000);
        lines = r.stdout.split('\n').filter(Boolean).length - (line.endsWith('-q') ? 0 : 1);
      }
      rows.push([String(count), line, ms(quantile(s, 0.5)), ms(quantile(s, 0.99)), ms(quantile(cpu, 0.5)), `${lines} rows`]);
      if (count === 1000) at1000.set(line, quantile(s, 0.5));
    }
  }
  console.log('\n## k8s.io with 10 vs 1,000 pods (one running container each)\n');
  console.log(table(['pods', 'command', 'median ms', 'p99 ms', 'cpu median ms', 'output'], rows, 2));
  return at1000;
}
