// `npx tsx tests/oracle/cri/diff-fixtures.ts [scenario…] [--json]`: runs the CRI scenarios on the
// simulator and prints every step whose normalised result differs from the recorded real one
// (fixtures/<scenario>.json). Needs neither root nor containerd: the quick loop while building
// the simulated plugin. `--write-gaps` rewrites known-gaps.ts from the steps that differ now,
// keeping the reasons already written for steps that still differ.

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { fileURLToPath } from 'node:url';
import { buildOracleArchives } from '../build-images';
import { CRI_GAPS } from './known-gaps';
import { buildPauseArchive } from './pause-image';
import type { Fixture, RecordedStep } from './scenario';
import { SCENARIOS } from './scenarios';
import { runScenarioOnSimulator } from './sim-cri-run';
import { stepLabel } from './step-label';

const args = process.argv.slice(2);
const gapsMode = args.includes('--write-gaps');
const gapLines: string[] = [];

/** A first reason for a differing step, to be refined by whoever builds that part. */
function gapReason(recorded: RecordedStep, mine: RecordedStep | undefined): string {
  const r = mine?.result;
  if (r && 'error' in r && r.error.code === 'Unimplemented') return `the simulated plugin's ${'rpc' in recorded.step ? recorded.step.rpc : 'RPC'}`;
  if (r && 'error' in r && r.error.code === 'SimulatorThrew') return `a simulated plugin that does not throw here (${r.error.message.slice(0, 80)})`;
  if ('ctr' in recorded.step) return 'the CRI objects of the steps before, as ctr -n k8s.io shows them';
  return 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)';
}
const wanted = args.filter((a) => !a.startsWith('--'));
const work = mkdtempSync(join(tmpdir(), 'ctrlab-cri-archives-'));
try {
  const archives = { ...buildOracleArchives(work), pauseOci: buildPauseArchive(work) };
  for (const scenario of SCENARIOS.filter((s) => wanted.length === 0 || wanted.includes(s.name))) {
    const fixture: Fixture = JSON.parse(readFileSync(fileURLToPath(new URL(`./fixtures/${scenario.name}.json`, import.meta.url)), 'utf8'));
    const sim = await runScenarioOnSimulator(scenario, archives);
    let differing = 0;
    if (gapsMode) gapLines.push(`  '${scenario.name}': {`);
    fixture.steps.forEach((recorded, i) => {
      const mine = sim.steps[i];
      if (mine && isDeepStrictEqual(mine.result, recorded.result)) return;
      differing++;
      if (gapsMode) {
        gapLines.push(`    // ${stepLabel(recorded.step).replaceAll('\n', ' ')}`);
        const reason = CRI_GAPS[scenario.name]?.[i] ?? gapReason(recorded, mine);
        gapLines.push(`    ${i}: ${JSON.stringify(reason).replaceAll("'", "\\'").replace(/^"|"$/g, "'")},`);
        return;
      }
      console.log(`--- ${scenario.name} #${i} ${stepLabel(recorded.step)}`);
      console.log(`real: ${JSON.stringify(recorded.result)}`);
      console.log(`sim:  ${JSON.stringify(mine?.result)}`);
    });
    if (gapsMode) gapLines.push('  },');
    console.log(`${scenario.name}: ${differing} of ${fixture.steps.length} steps differ (real ${fixture.ms} ms, simulated ${Math.round(sim.ms)} ms)`);
  }
  if (gapsMode) {
    const header = readFileSync(fileURLToPath(new URL('./known-gaps.ts', import.meta.url)), 'utf8').split('export const CRI_GAPS')[0];
    writeFileSync(
      fileURLToPath(new URL('./known-gaps.ts', import.meta.url)),
      `${header}export const CRI_GAPS: Record<string, Record<number, string>> = {\n${gapLines.join('\n')}\n};\n`,
    );
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
