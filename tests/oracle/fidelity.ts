// `npm run fidelity`: every oracle script (tests/oracle/scripts) on a private real containerd
// and on the simulator; prints per script how many lines agree after normalise.ts, then the
// agreement over all lines and how many lines the simulator answers with "not simulated here";
// then the same for the generated learner lines (tests/oracle/generate/out), lines nobody tuned
// the simulator on. With files as arguments, only those. `--diff` prints the disagreeing lines
// too. Exit code 0 either way: this is a measure.

import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BuiltArchives, buildOracleArchives } from './build-images';
import { type Tally, emptyTally, fidelityLine, percent, tallyScript } from './compare';
import { oracleUnavailableReason } from './real-containerd';
import { runOnRealNode } from './real-run';
import { type ScriptResult, parseScript } from './script';
import { runOnSimulator } from './sim-run';

/** Runs `files` on both nodes; adds each line to `tally`; returns the diffs. */
async function measureScripts(files: readonly string[], archives: BuiltArchives, tally: Tally, print?: (line: string) => void): Promise<string[]> {
  const diffs: string[] = [];
  for (const file of files) {
    const lines = parseScript(readFileSync(file, 'utf8'));
    const real = runOnRealNode(lines, archives);
    const sim = await runOnSimulator(lines, archives);
    let second: ScriptResult[] | undefined;
    const again = () => (second ??= runOnRealNode(lines, archives));
    const own = emptyTally();
    diffs.push(...tallyScript(file.split('/').pop() ?? file, lines, real, sim, again, own));
    print?.(`${String(own.agreed).padStart(5)}/${String(own.lines).padEnd(5)} ${percent(own).padStart(5)} %  ${file.split('/').pop()}`);
    tally.lines += own.lines;
    tally.agreed += own.agreed;
    tally.notSimulated += own.notSimulated;
  }
  return diffs;
}

const oracleScripts = (dir = join(import.meta.dirname, 'scripts')) =>
  readdirSync(dir).filter((f) => f.endsWith('.sh')).sort().map((f) => join(dir, f));

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const reason = oracleUnavailableReason();
  if (reason) {
    console.error(`fidelity: no real node here (${reason})`);
    process.exit(2);
  }
  const args = process.argv.slice(2);
  const files = args.filter((a) => !a.startsWith('--'));
  const work = mkdtempSync(join(tmpdir(), 'ctrlab-archives-'));
  try {
    const archives = buildOracleArchives(work);
    const sets: Array<[string, string[]]> = files.length
      ? [['ctr oracle fidelity', files]]
      : [
          ['ctr oracle fidelity', oracleScripts()],
          ['generated learner lines', oracleScripts(join(import.meta.dirname, 'generate', 'out'))],
        ];
    const summary: string[] = [];
    for (const [title, set] of sets) {
      const tally = emptyTally();
      const diffs = await measureScripts(set, archives, tally, console.log);
      if (args.includes('--diff')) for (const d of diffs) console.log(d);
      summary.push(fidelityLine(tally, title));
    }
    for (const line of summary) console.log(line);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
