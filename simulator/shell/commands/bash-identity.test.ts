// The shell says it is bookworm's bash 5.2.15 (recorded: `bash -c 'echo $BASH_VERSION'` and
// `bash --version | head -1` on bookworm). The library's own constant is patched on install.

import { describe, expect, it } from 'vitest';
import { createSession } from '../session';

describe('the shell names itself as bookworm’s bash', () => {
  it('in $BASH_VERSION and bash --version', async () => {
    const s = createSession({ seed: 7, now: () => Date.UTC(2026, 11, 4) });
    expect((await s.run('echo $BASH_VERSION')).stdout).toBe('5.2.15(1)-release\n');
    expect((await s.run('bash --version | head -1')).stdout).toBe('GNU bash, version 5.2.15(1)-release (x86_64-pc-linux-gnu)\n');
  });
});
