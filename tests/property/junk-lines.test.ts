// Property (design.md §5, issue 7): junk command lines never hang, never crash, always give an
// exit code 0–255, never print "internal simulator error", and leave the session usable.
//
// 100,000 lines drawn by fast-check from a fixed seed (tests/fuzz/corpus.ts) run in worker
// threads, one per core (tests/fuzz/run-fuzz.ts): a line that loops inside the shell library
// cannot be stopped from its own thread, so the main thread watches and terminates a silent
// worker, and the failure names the line, its seed and batch. `npm run fuzz` is the long run.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HANG_CORES } from '../fuzz/corpus';
import { knownFailure } from '../fuzz/known-failures';
import { describeFailures, runFuzz, type FuzzResult } from '../fuzz/run-fuzz';

const SEED = 20261128;
const LINES = 100_000;
const BATCH = 500;

/** The failures that are not known (known ones are listed, see tests/fuzz/known-failures.ts). */
function unexpected(result: FuzzResult): FuzzResult {
  const known = result.failures.filter((f) => knownFailure(f));
  if (known.length > 0) {
    const ids = [...new Set(known.map((f) => knownFailure(f)?.id))].join(', ');
    console.warn(`junk lines: ${known.length} known failures (${ids}), see tests/fuzz/known-failures.ts`);
  }
  return { ...result, failures: result.failures.filter((f) => !knownFailure(f)) };
}

describe('junk command lines', () => {
  it('run on the shell library with its arithmetic-parser loop fixed (scripts/patch-just-bash.mjs, run by npm install)', () => {
    const bundles = dirname(createRequire(import.meta.url).resolve('just-bash'));
    for (const file of ['index.js', 'index.cjs', 'browser.js']) {
      expect(readFileSync(join(bundles, file), 'utf8'), `${file}: run \`node scripts/patch-just-bash.mjs\``).toContain('/*ctrlab:arith-progress*/');
    }
  });

  it(`${LINES.toLocaleString('en')} seeded lines: none hangs or crashes, each exits 0–255 without an internal error, the session stays usable`, { timeout: 900_000 }, async () => {
    const cpu = process.cpuUsage();
    const result = await runFuzz({ seed: SEED, batches: LINES / BATCH, batchSize: BATCH, stallMs: 20_000 });
    const used = process.cpuUsage(cpu);
    console.info(
      `junk lines: ${result.lines} lines in ${(result.elapsedMs / 1000).toFixed(1)} s (CPU ${((used.user + used.system) / 1e6).toFixed(0)} s); slowest ${result.slowest[0]?.ms ?? 0} ms: ${JSON.stringify(result.slowest[0]?.line ?? '').slice(0, 100)}`,
    );
    expect(describeFailures(unexpected(result))).toBe('');
    expect(result.lines).toBe(LINES);
  });

  it('the parser-hang family returns at the prompt, through eval, bash -c, sh -c, a sourced file and arithmetic on a variable', { timeout: 120_000 }, async () => {
    const lines = HANG_CORES.flatMap((core) => {
      const bare = core.replace(/^\$\(\(/, '');
      const quoted = core.replace(/\$/g, '\\$');
      return [
        `echo ${core}`,
        core,
        `eval 'echo ${core}'`,
        `eval "echo ${quoted}"`,
        `bash -c 'echo ${core}'`,
        `sh -c 'echo ${core}'`,
        `echo 'echo ${core}' > /tmp/f; . /tmp/f`,
        `echo 'echo ${core}' > /tmp/f; source /tmp/f`,
        `x='${bare}'; echo $((x))`,
        `(( ${bare} ))`,
        `PS4='${core}'; set -x; :`,
      ];
    });
    const result = await runFuzz({ seed: SEED, lineLists: [lines], stallMs: 10_000, aliveEvery: 1 });
    expect(describeFailures(result)).toBe('');
    expect(result.lines).toBe(lines.length);
  });
});
