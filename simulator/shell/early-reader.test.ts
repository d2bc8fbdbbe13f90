// `writer | head …` when the command cap stops the writer: bash's head would have closed the
// pipe long before (SIGPIPE ends the writer), so the line ends as head's does, with no cap
// message. Expectations checked with bash 5.2 and coreutils 9.1 on Debian bookworm:
//   bash -c 'while true; do echo x; done | head -2; echo $?'   →  x x 0

import { describe, expect, it } from 'vitest';
import { createSession } from './session';

function session() {
  return createSession({ seed: 7, now: () => Date.UTC(2026, 11, 4) });
}

describe('a reader that closes the pipe early', () => {
  it('ends `while true; do echo x; done | head -2` as bash does', { timeout: 30_000 }, async () => {
    const s = session();
    expect(await s.run('while true; do echo x; done | head -2')).toEqual({ stdout: 'x\nx\n', stderr: '', exitCode: 0 });
    expect((await s.run('echo $?')).stdout).toBe('0\n');
  });

  it('counts bytes for head -c, lines for head -n N and head -N', { timeout: 30_000 }, async () => {
    const s = session();
    expect((await s.run('for i in $(seq 1 99999); do echo $i; done | head -n 3')).stdout).toBe('1\n2\n3\n');
    expect((await s.run('while :; do echo abc; done | head -c 5')).stdout).toBe('abc\na');
  });

  it('runs what follows the pipeline, as bash does once head has ended it', { timeout: 30_000 }, async () => {
    const s = session();
    expect(await s.run('while true; do echo x; done | head -2; echo after')).toEqual({ stdout: 'x\nx\nafter\n', stderr: '', exitCode: 0 });
  });

  it('stops a line at a capped pipeline that starts it: the reader gets the output, nothing after runs', { timeout: 30_000 }, async () => {
    const s = session();
    const r = await s.run('for i in $(seq 1 99999); do echo $i; done | wc -l; echo after');
    expect(r.stdout).toMatch(/^\d+\n$/);
    expect(r.stderr).toMatch(/^bash: stopped after \d+ commands — /);
    expect(r.exitCode).toBe(130);
  });

  it('keeps the cap message where head would still be waiting', { timeout: 30_000 }, async () => {
    const s = session();
    const r = await s.run('while :; do :; done | head -2');
    expect(r.exitCode).toBe(130);
    expect(r.stderr).toMatch(/^bash: stopped after \d+ commands — /);
  });
});
