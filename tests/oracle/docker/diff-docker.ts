// `npx tsx tests/oracle/docker/diff-docker.ts <script.sh>...`: runs docker scripts on a private
// real dockerd and on the simulator and prints each line whose normalised stdout, stderr or exit
// code differ (or, with --all, every line) — ask the real daemon instead of guessing. Options:
// --all, --no-bridge.

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { parseScript } from '../script';
import { compareRuns } from './compare';
import { buildDockerArchives, stableIdsOf } from './docker-archives';
import { dockerOracleUnavailableReason } from './real-dockerd';
import { runDockerOnRealNode, runDockerOnSimulator } from './run-script';
import { scriptDaemonJson } from './script-needs';

const reason = dockerOracleUnavailableReason();
if (reason) {
  console.error(`docker oracle unavailable: ${reason}`);
  process.exit(2);
}
const all = process.argv.includes('--all');
// --no-bridge: the real dockerd runs with `--bridge none`, as where no bridge can be made.
const bridge = !process.argv.includes('--no-bridge');
const work = mkdtempSync(join(tmpdir(), 'ctrlab-docker-archives-'));
try {
  const archives = buildDockerArchives(work);
  const stableIds = stableIdsOf(archives);
  let differing = 0;
  for (const file of process.argv.slice(2).filter((a) => !a.startsWith('--'))) {
    const text = readFileSync(file, 'utf8');
    const lines = parseScript(text);
    const daemonJson = scriptDaemonJson(text);
    const real = await runDockerOnRealNode(lines, archives, { bridge, daemonJson });
    const sim = await runDockerOnSimulator(lines, archives, 1, daemonJson);
    if (real.noBridgeReason) console.log(`(no bridge: ${real.noBridgeReason})`);
    compareRuns(real, sim, { stableIds, scriptText: text }).forEach((line, i) => {
      const same = isDeepStrictEqual(line.real, line.sim);
      if (!same) differing++;
      if (same && !all) return;
      const show = (x: ComparedSide) => `OUT:\n${x.stdout}ERR:\n${x.stderr}EXIT:${x.exit}`;
      console.log(`### ${file.split('/').pop()} #${i + 1}${same ? ' (same)' : ''} $ ${line.cmd}\n--- real\n${show(line.real)}\n--- sim\n${show(line.sim)}`);
    });
  }
  console.log(`${differing} line(s) differ`);
} finally {
  rmSync(work, { recursive: true, force: true });
}

type ComparedSide = { stdout: string; stderr: string; exit: number };
