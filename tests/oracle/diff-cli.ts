import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildOracleArchives } from './build-images';
import { normaliseOutput } from './normalise';
import { runOnRealNode } from './real-run';
import { parseScript } from './script';
import { runOnSimulator } from './sim-run';
const a = buildOracleArchives(mkdtempSync(join(tmpdir(), 'ar-')));
for (const f of process.argv.slice(2)) {
  const lines = parseScript(readFileSync(f, 'utf8'));
  const real = runOnRealNode(lines, a); const sim = await runOnSimulator(lines, a);
  lines.forEach((l, i) => {
    const r = real[i]!, s = sim[i]!;
    const n = (x: typeof r) => `OUT:${normaliseOutput(l, x.stdout)}ERR:${normaliseOutput(l, x.stderr)}EXIT:${x.exit}`;
    if (n(r) !== n(s)) console.log(`### ${f.split('/').pop()} #${i+1} $ ${l}\n--- real\n${n(r)}\n--- sim\n${n(s)}`);
  });
}
