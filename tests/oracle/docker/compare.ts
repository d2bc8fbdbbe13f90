// One script on both sides, normalised and paired line by line: what the differential test
// asserts and what diff-docker.ts prints.

import { normaliseRun, realSide } from './normalise-docker';
import type { RealDockerRun } from './run-script';
import type { ScriptResult } from '../script';

export interface ComparedLine {
  cmd: string;
  real: { stdout: string; stderr: string; exit: number };
  sim: { stdout: string; stderr: string; exit: number };
}

export function compareRuns(real: RealDockerRun, sim: readonly ScriptResult[], options: { stableIds: ReadonlySet<string>; scriptText: string }): ComparedLine[] {
  const facts = { dir: real.dir, bridge: real.bridge };
  const realOut = normaliseRun(
    real.results.map((r) => ({ cmd: r.cmd, stdout: realSide(r.stdout, facts), stderr: realSide(r.stderr, facts), atMs: r.atMs })),
    options,
  );
  const simOut = normaliseRun(sim, options);
  return real.results.map((r, i) => ({
    cmd: r.cmd,
    real: { ...realOut[i]!, exit: r.exit },
    sim: { stdout: simOut[i]?.stdout ?? '', stderr: simOut[i]?.stderr ?? '', exit: sim[i]?.exit ?? -1 },
  }));
}
