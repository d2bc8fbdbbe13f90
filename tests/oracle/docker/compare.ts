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

const HEX_ID = /(?<![0-9a-f])[0-9a-f]{64}(?![0-9a-f])|(?<![0-9a-zA-Z_])[0-9a-f]{12}(?![0-9a-zA-Z_])/g;

/** The 12-hex prefixes of the ids in a run's outputs. */
function idsIn(results: readonly ScriptResult[]): Set<string> {
  return new Set(results.flatMap((r) => [...`${r.stdout}\n${r.stderr}`.matchAll(HEX_ID)].map((m) => m[0].slice(0, 12))));
}

export function compareRuns(real: RealDockerRun, sim: readonly ScriptResult[], given: { stableIds: ReadonlySet<string>; scriptText: string }): ComparedLine[] {
  const facts = { dir: real.dir, bridge: real.bridge };
  // An id printed by both daemons is no random one (two daemons never draw the same): it is
  // computed from the test images (save's v1 layer ids, chain ids…) and is compared as written.
  const simIds = idsIn(sim);
  const shared = [...idsIn(real.results)].filter((id) => simIds.has(id));
  const options = { ...given, stableIds: new Set([...given.stableIds, ...shared]) };
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
