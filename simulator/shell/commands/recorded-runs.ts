// For tests that hold a node utility to lines recorded on a real Debian bookworm node: each
// line was run there with bash under LC_ALL=C.UTF-8 in an empty directory, and its stdout,
// stderr and exit status written down. The simulated node must give the same three.

import { expect, it } from 'vitest';
import { createSession } from '../session';

/** [command line, stdout, stderr, exit status] as the real node gave them. */
export type RecordedRun = readonly [string, string, string, number];

/** `setup`: a line run first on both nodes (files the runs read). */
export function itMatchesRecorded(runs: readonly RecordedRun[], setup = ''): void {
  it.each(runs)('%s', async (line, stdout, stderr, exitCode) => {
    const s = createSession({ seed: 1, now: () => Date.UTC(2026, 10, 28) });
    await s.run('mkdir -p /tmp/rec && cd /tmp/rec');
    if (setup !== '') await s.run(setup);
    const r = await s.run(line);
    expect({ stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode }).toEqual({ stdout, stderr, exitCode });
  });
}
