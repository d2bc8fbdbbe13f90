import { describe, expect, it } from 'vitest';
import { createSession } from '../session';

describe('yes', () => {
  it('is on the node and says that printing for ever is not simulated', async () => {
    const s = createSession({ seed: 7, now: () => Date.UTC(2026, 11, 4) });
    const r = await s.run('yes no');
    expect(r).toEqual({
      stdout: '',
      stderr: "yes: printing 'no' for ever is not simulated here (on a real node it runs until its reader closes the pipe or Ctrl-C)\n",
      exitCode: 1,
    });
    expect((await s.run('command -v yes')).stdout).toBe('/usr/bin/yes\n');
  });
});
