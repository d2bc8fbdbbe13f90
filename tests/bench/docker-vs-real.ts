// Part of `npm run bench`: the docker oracle's scripts (tests/oracle/docker/scripts) on a private
// real dockerd 20.10.24 and on the simulator, timed in the same run, per command and in total,
// with their ratio — as tests/oracle/bench-vs-real.ts does for the ctr scripts. (The real side
// includes a bash and a docker client process per line, as a user typing would; the daemons'
// start and stop are not counted.)

import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildDockerArchives } from '../oracle/docker/docker-archives';
import { bridgeUnavailableReason, dockerOracleUnavailableReason, offlineUnavailableReason } from '../oracle/docker/real-dockerd';
import { runDockerOnRealNode, runDockerOnSimulator } from '../oracle/docker/run-script';
import { scriptNeeds } from '../oracle/docker/script-needs';
import { parseScript } from '../oracle/script';

const fmt = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms >= 1 ? ms.toFixed(2) : ms.toFixed(3));

/** Prints the comparison; returns the totals in ms, or undefined where no real dockerd can run. */
export async function benchDockerAgainstRealNode(print: (line: string) => void = console.log): Promise<{ realMs: number; simMs: number } | undefined> {
  const reason = dockerOracleUnavailableReason();
  if (reason) {
    print(`docker scripts, real dockerd vs simulator: skipped (${reason})`);
    return undefined;
  }
  const scriptsDir = join(import.meta.dirname, '../oracle/docker/scripts');
  const noBridge = bridgeUnavailableReason();
  const online = offlineUnavailableReason();
  const work = mkdtempSync(join(tmpdir(), 'ctrlab-docker-bench-'));
  try {
    const archives = buildDockerArchives(work);
    let realTotal = 0;
    let simTotal = 0;
    print('docker scripts, real dockerd vs simulator (ms per command, one run)');
    print(`${'real'.padStart(9)} ${'sim'.padStart(9)} ${'ratio'.padStart(8)}  command`);
    for (const script of readdirSync(scriptsDir).filter((f) => f.endsWith('.sh')).sort()) {
      const text = readFileSync(join(scriptsDir, script), 'utf8');
      const needs = scriptNeeds(text);
      const skip = needs.includes('bridge') && noBridge ? `needs a bridge network: ${noBridge}` : needs.includes('offline') && online ? `needs no network: ${online}` : undefined;
      if (skip) {
        print(`# ${script}: skipped (${skip})`);
        continue;
      }
      const lines = parseScript(text);
      const real = (await runDockerOnRealNode(lines, archives)).results;
      const sim = await runDockerOnSimulator(lines, archives);
      print(`# ${script}`);
      real.forEach((r, i) => {
        const s = sim[i];
        if (!s) return;
        realTotal += r.ms;
        simTotal += s.ms;
        print(`${fmt(r.ms).padStart(9)} ${fmt(s.ms).padStart(9)} ${(r.ms / Math.max(s.ms, 1e-3)).toFixed(0).padStart(7)}x  ${r.cmd}`);
      });
    }
    print(`total: real ${fmt(realTotal)} ms, simulator ${fmt(simTotal)} ms, ratio ${(realTotal / Math.max(simTotal, 1e-3)).toFixed(0)}x`);
    return { realMs: realTotal, simMs: simTotal };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
