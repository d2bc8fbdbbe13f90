// Part of `npm run bench`: the oracle scripts on a real containerd and on the simulator, timed
// in the same run — per command and in total, real time vs simulated time and their ratio.
// (The real side includes a bash and a ctr process per line, as a user typing would.) The same
// runs give the agreement over all lines (compare.ts), which bench.ts prints in its summary.

import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildOracleArchives } from './build-images';
import { oracleUnavailableReason } from './real-containerd';
import { runOnRealNode } from './real-run';
import { type ScriptResult, parseScript } from './script';
import { type Tally, emptyTally, tallyScript } from './compare';
import { runOnSimulator } from './sim-run';

const fmt = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms >= 1 ? ms.toFixed(2) : ms.toFixed(3));

/** Prints the comparison; returns the totals in ms, or undefined where no real node can run. */
export async function benchAgainstRealNode(print: (line: string) => void = console.log): Promise<{ realMs: number; simMs: number; fidelity: Tally } | undefined> {
  const reason = oracleUnavailableReason();
  if (reason) {
    print(`real node vs simulator: skipped (${reason})`);
    return undefined;
  }
  const scriptsDir = join(import.meta.dirname, 'scripts');
  const work = mkdtempSync(join(tmpdir(), 'ctrlab-archives-'));
  try {
    const archives = buildOracleArchives(work);
    let realTotal = 0;
    let simTotal = 0;
    // The same runs judged as differential.test.ts judges them: the figure `npm run fidelity` prints.
    const fidelity = emptyTally();
    print('real node vs simulator (ms per command, one run)');
    print(`${'real'.padStart(9)} ${'sim'.padStart(9)} ${'ratio'.padStart(8)}  command`);
    for (const script of readdirSync(scriptsDir).filter((f) => f.endsWith('.sh')).sort()) {
      const lines = parseScript(readFileSync(join(scriptsDir, script), 'utf8'));
      const real = runOnRealNode(lines, archives);
      const sim = await runOnSimulator(lines, archives);
      let second: ScriptResult[] | undefined;
      tallyScript(script, lines, real, sim, () => (second ??= runOnRealNode(lines, archives)), fidelity);
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
    return { realMs: realTotal, simMs: simTotal, fidelity };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

