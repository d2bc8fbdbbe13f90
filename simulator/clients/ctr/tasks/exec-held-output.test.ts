// An exec whose shell leaves a background job that keeps its stdout or stderr open: ctr stays
// attached until the job ends, at most 2 s past the exec's exit (the shim's delete gives up on
// the copy then), and never past the task's init. What the job writes after that is lost.
// Held to a real containerd 1.6.20 node by tests/oracle/scripts/busybox-exec-held-output.sh
// (19/19) and to dockerd 20.10.24 by tests/oracle/docker/scripts/exec-held-output.sh.
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../index';

const NOW = () => Date.UTC(2026, 11, 7, 18, 0, 0);

async function node() {
  const s = createSession({ seed: 31, now: NOW });
  await s.run('ctr i pull docker.io/library/busybox:latest');
  await s.run('ctr run -d docker.io/library/busybox:latest h1 sleep 300');
  return s;
}

/** Seconds of node time `line` took, and what it printed. */
async function timed(s: Awaited<ReturnType<typeof node>>, line: string) {
  const before = Number((await s.run('date +%s')).stdout);
  const r = await s.run(line);
  return { seconds: Number((await s.run('date +%s')).stdout) - before, stdout: r.stdout, exitCode: r.exitCode };
}

describe('ctr t exec with a background job holding its output', () => {
  it('waits for the job, at most 2 s past the exit', async () => {
    const s = await node();
    expect(await timed(s, `ctr t exec --exec-id a h1 sh -c 'sleep 1 &'`)).toMatchObject({ seconds: 1, exitCode: 0 });
    expect(await timed(s, `ctr t exec --exec-id b h1 sh -c 'sleep 30 &'`)).toMatchObject({ seconds: 2, exitCode: 0 });
  });

  it('does not wait for a job that sent stdout and stderr elsewhere, or for an and-or list whose last command did', async () => {
    const s = await node();
    expect((await timed(s, `ctr t exec --exec-id a h1 sh -c 'sleep 3 >/dev/null 2>&1 &'`)).seconds).toBe(0);
    expect((await timed(s, `ctr t exec --exec-id b h1 sh -c 'true && sleep 3 >/dev/null 2>&1 &'`)).seconds).toBe(0);
    expect((await timed(s, `ctr t exec --exec-id c h1 sh -c 'sleep 3 >/dev/null &'`)).seconds).toBe(2);
  });

  it('shows what the job writes before the output closes, and loses what comes after', async () => {
    const s = await node();
    expect(await timed(s, `ctr t exec --exec-id a h1 sh -c '(sleep 1; echo late) & echo early'`)).toMatchObject({ seconds: 1, stdout: 'early\nlate\n' });
    expect(await timed(s, `ctr t exec --exec-id b h1 sh -c '(sleep 5; echo lost) & echo early'`)).toMatchObject({ seconds: 2, stdout: 'early\n' });
  });

  it('ends with the task’s init, which takes the job along', async () => {
    const s = createSession({ seed: 32, now: NOW });
    await s.run('ctr i pull docker.io/library/busybox:latest');
    await s.run('ctr run -d docker.io/library/busybox:latest h2 sleep 1');
    expect((await timed(s, `ctr t exec --exec-id a h2 sh -c 'sleep 1000 &'`)).seconds).toBe(1);
  });
});
