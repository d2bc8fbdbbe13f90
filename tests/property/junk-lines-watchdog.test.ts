// The fuzz driver's watchdog (tests/fuzz/run-fuzz.ts): a worker stuck in a synchronous loop,
// one that throws and one that runs out of memory each become a failure that names the line,
// and the run goes on with the next line in a new thread.

import { describe, expect, it } from 'vitest';
import { describeFailures, runFuzz } from '../fuzz/run-fuzz';

describe('the junk-line watchdog', () => {
  it('reports a hang, a crash and an out-of-memory worker by their line, and runs the rest', { timeout: 60_000 }, async () => {
    const result = await runFuzz({
      seed: 42,
      lineLists: [['a', 'hang', 'b', 'crash', 'c', 'oom', 'd'], ['e']],
      threads: 1,
      // Long enough that the oom worker dies of its heap limit before it looks stalled, even on a
      // loaded machine (at 1.5 s a CI run with e2e beside it reported it as a hang).
      stallMs: 8000,
      maxHeapMb: 64,
      workerEntry: new URL('../fuzz/misbehaving-worker.ts', import.meta.url),
    });
    expect(result.failures.map((f) => [f.problem, f.batch, f.index, f.line])).toEqual([
      ['hang', 0, 1, 'hang'],
      ['crash', 0, 3, 'crash'],
      ['crash', 0, 5, 'oom'],
    ]);
    expect(result.lines).toBe(8);
    expect(result.batches).toBe(2);
    const report = describeFailures(result);
    expect(report).toContain('hang: "hang"');
    expect(report).toContain('seed 42, batch 0, line 1');
    expect(report).toContain('FUZZ_SEED=42 FUZZ_BATCH=0 npm run fuzz');
  });
});
