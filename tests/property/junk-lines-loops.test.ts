// Lines that loop until the shell's command cap stops them: each takes a second or more, so they
// stay out of the 100,000-line fuzz (tests/fuzz/corpus.ts) and are checked here, in a worker
// thread under the same watchdog: they end, with an exit code 0–255, no internal error, and
// the session still answers.

import { describe, expect, it } from 'vitest';
import { describeFailures, runFuzz } from '../fuzz/run-fuzz';

const LOOPS = [
  'while :; do :; done',
  'until false; do :; done',
  'for ((;;)); do :; done',
  'while true; do echo x; done | head -2',
  'f() { f; }; f',
  'x=0; while :; do x=$((x+1)); done; echo $x',
];

describe('runaway loops', () => {
  it('end at the command cap, with an exit code and a usable session', { timeout: 300_000 }, async () => {
    const result = await runFuzz({ seed: 0, lineLists: [LOOPS], stallMs: 60_000, aliveEvery: 1 });
    expect(describeFailures(result)).toBe('');
    expect(result.lines).toBe(LOOPS.length);
  });
});
