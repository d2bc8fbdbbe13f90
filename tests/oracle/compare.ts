// One line's answer as the oracle compares it: stdout, stderr and exit code after normalise.ts,
// each side's times measured from the moment the line ran on its own node.

import { isDeepStrictEqual } from 'node:util';
import { normaliseOutput } from './normalise';
import type { ScriptResult } from './script';

export interface Answer {
  stdout: string;
  stderr: string;
  exit: number;
}

/** The i-th line of a script run, normalised against that run's own clock and directories. */
export function normalisedAnswer(line: string, run: readonly ScriptResult[], i: number): Answer | undefined {
  const r = run[i];
  if (!r) return undefined;
  const at = r.atMs === undefined ? undefined : { atMs: r.atMs, startMs: run[0]?.atMs ?? r.atMs, nodeDir: r.nodeDir };
  return { stdout: normaliseOutput(line, r.stdout, at), stderr: normaliseOutput(line, r.stderr, at), exit: r.exit };
}

/** What the simulator prints for a line it does not simulate (simulator/cli/not-simulated.ts). */
const saysNotSimulated = (r: ScriptResult | undefined) => !!r && /not simulated here/.test(r.stdout + r.stderr);

/** Agreement over a set of lines, and how many of them the simulator says it does not simulate. */
export interface Tally {
  lines: number;
  agreed: number;
  notSimulated: number;
}

export const emptyTally = (): Tally => ({ lines: 0, agreed: 0, notSimulated: 0 });

/**
 * Compares one script's runs line by line into `tally`, the way differential.test.ts judges
 * them: where a line differs, a second real run (`again`, asked at most once) may agree instead,
 * since a real node has races of its own. Returns the lines that disagree, as readable diffs.
 */
export function tallyScript(
  name: string,
  lines: readonly string[],
  real: readonly ScriptResult[],
  sim: readonly ScriptResult[],
  again: () => readonly ScriptResult[],
  tally: Tally,
): string[] {
  const diffs: string[] = [];
  const show = (a: Answer | undefined) => (a ? `OUT:${a.stdout}ERR:${a.stderr}EXIT:${a.exit}` : '(did not run)');
  lines.forEach((line, i) => {
    tally.lines++;
    if (saysNotSimulated(sim[i])) tally.notSimulated++;
    const s = normalisedAnswer(line, sim, i);
    let r = normalisedAnswer(line, real, i);
    if (s && !isDeepStrictEqual(s, r)) r = normalisedAnswer(line, again(), i) ?? r;
    if (s && isDeepStrictEqual(s, r)) tally.agreed++;
    else diffs.push(`### ${name} #${i + 1} $ ${line}\n--- real\n${show(r)}\n--- sim\n${show(s)}`);
  });
  return diffs;
}

export const percent = (t: Tally) => (t.lines ? ((100 * t.agreed) / t.lines).toFixed(1) : '-');

/** The one-line figure `npm run fidelity` and `npm run bench` print. */
export const fidelityLine = (t: Tally, title = 'ctr oracle fidelity') =>
  `${title}: ${t.agreed}/${t.lines} lines agree with the real node (${percent(t)} %), ${t.notSimulated} say "not simulated here"`;
