// `npx tsx tests/oracle/diff-cli.ts <script>...`: runs each script on a private real containerd
// and on the simulator and prints the lines whose normalised answers differ, then the tally.
// The test archives are built in a temporary directory removed at the end (also on failure).

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildOracleArchives } from './build-images';
import { emptyTally, fidelityLine, tallyScript } from './compare';
import { runOnRealNode } from './real-run';
import { parseScript } from './script';
import { runOnSimulator } from './sim-run';

const work = mkdtempSync(join(tmpdir(), 'ar-'));
try {
  const archives = buildOracleArchives(work);
  const tally = emptyTally();
  for (const f of process.argv.slice(2)) {
    const lines = parseScript(readFileSync(f, 'utf8'));
    const real = runOnRealNode(lines, archives);
    const sim = await runOnSimulator(lines, archives);
    let second: ReturnType<typeof runOnRealNode> | undefined;
    const again = () => (second ??= runOnRealNode(lines, archives));
    for (const d of tallyScript(f.split('/').pop() ?? f, lines, real, sim, again, tally)) console.log(d);
  }
  console.log(fidelityLine(tally));
} finally {
  rmSync(work, { recursive: true, force: true });
}
