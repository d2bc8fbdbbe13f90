// `npx tsx tests/oracle/cri/record.ts [scenario…]`: runs CRI scenarios on a private real
// containerd and writes what it answered to tests/oracle/cri/fixtures/<scenario>.json, the
// reference the simulated CRI plugin is held to (and readable without root or containerd).

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildOracleArchives } from '../build-images';
import { oracleUnavailableReason } from '../real-containerd';
import { buildPauseArchive } from './pause-image';
import { runScenarioOnRealNode } from './real-cri-run';
import type { Fixture } from './scenario';
import { SCENARIOS } from './scenarios';

const reason = oracleUnavailableReason();
if (reason) {
  console.error(`oracle unavailable: ${reason}`);
  process.exit(2);
}
const wanted = process.argv.slice(2);
const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));
mkdirSync(fixtures, { recursive: true });
const work = mkdtempSync(join(tmpdir(), 'ctrlab-cri-archives-'));
try {
  const archives = { ...buildOracleArchives(work), pauseOci: buildPauseArchive(work) };
  for (const scenario of SCENARIOS.filter((s) => wanted.length === 0 || wanted.includes(s.name))) {
    const run = await runScenarioOnRealNode(scenario, archives);
    const fixture: Fixture = {
      scenario: scenario.name,
      about: scenario.about,
      recordedWith: { containerd: run.versions.containerd, runc: run.versions.runc, criApi: 'runtime.v1' },
      ms: Math.round(run.ms),
      steps: run.steps,
    };
    writeFileSync(join(fixtures, `${scenario.name}.json`), `${JSON.stringify(fixture, null, 2)}\n`);
    console.log(`${scenario.name}: ${run.steps.length} steps in ${Math.round(run.ms)} ms`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
