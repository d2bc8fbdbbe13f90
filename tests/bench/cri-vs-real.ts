// Part of `npm run bench`: the CRI oracle's scenarios (tests/oracle/cri/scenarios.ts) on a private
// real containerd 1.6.20 and on the simulated CRI plugin, each timed as a whole (the real side
// includes its waits for states and the ctr processes of its ctr steps), with their ratio, as
// tests/oracle/bench-vs-real.ts does for the ctr scripts.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildOracleArchives } from '../oracle/build-images';
import { cniUnavailableReason } from '../oracle/cri/cni-bridge';
import { buildPauseArchive } from '../oracle/cri/pause-image';
import { runScenarioOnRealNode } from '../oracle/cri/real-cri-run';
import { SCENARIOS } from '../oracle/cri/scenarios';
import { runScenarioOnSimulator } from '../oracle/cri/sim-cri-run';
import { oracleUnavailableReason } from '../oracle/real-containerd';

const fmt = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms >= 1 ? ms.toFixed(2) : ms.toFixed(3));

/** Prints the comparison; returns the totals in ms, or undefined where no real node can run. */
export async function benchCriAgainstRealNode(print: (line: string) => void = console.log): Promise<{ realMs: number; simMs: number } | undefined> {
  const reason = oracleUnavailableReason();
  if (reason) {
    print(`CRI scenarios, real node vs simulator: skipped (${reason})`);
    return undefined;
  }
  const work = mkdtempSync(join(tmpdir(), 'ctrlab-cri-bench-'));
  try {
    const archives = { ...buildOracleArchives(work), pauseOci: buildPauseArchive(work) };
    const cniReason = cniUnavailableReason();
    let realTotal = 0;
    let simTotal = 0;
    print('CRI scenarios, real node vs simulator (ms per scenario, one run)');
    print(`${'real'.padStart(9)} ${'sim'.padStart(9)} ${'ratio'.padStart(8)}  scenario (steps)`);
    for (const scenario of SCENARIOS) {
      if (scenario.cni && cniReason) {
        print(`${'-'.padStart(9)} ${'-'.padStart(9)} ${'-'.padStart(8)}  ${scenario.name}: skipped (${cniReason})`);
        continue;
      }
      const real = await runScenarioOnRealNode(scenario, archives);
      const sim = await runScenarioOnSimulator(scenario, archives);
      realTotal += real.ms;
      simTotal += sim.ms;
      print(`${fmt(real.ms).padStart(9)} ${fmt(sim.ms).padStart(9)} ${(real.ms / Math.max(sim.ms, 1e-3)).toFixed(0).padStart(7)}x  ${scenario.name} (${scenario.steps.length})`);
    }
    print(`total: real ${fmt(realTotal)} ms, simulator ${fmt(simTotal)} ms, ratio ${(realTotal / Math.max(simTotal, 1e-3)).toFixed(0)}x`);
    return { realMs: realTotal, simMs: simTotal };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
