// busybox pidof in a container, as Debian's busybox-static 1.35 answers it on a real containerd
// 1.6.20 node (tests/oracle/scripts/150-pidof.sh): highest PID first, every name on one line,
// exit 1 and nothing printed when none matches, any option refused with the usage.
import { describe, expect, it } from 'vitest';
import { createSession } from '../index';

const NOW = () => Date.UTC(2026, 11, 7, 10, 0, 0);

async function withSleeps() {
  const s = createSession({ seed: 8, now: NOW });
  await s.run('ctr i pull docker.io/library/busybox:latest');
  await s.run("ctr run -d docker.io/library/busybox:latest j1 sh -c 'sleep 301 & sleep 302 & exec sleep 300'");
  await s.run('sleep 1');
  return s;
}

describe('pidof', () => {
  it('lists a name’s PIDs highest first, several names on one line', async () => {
    const s = await withSleeps();
    const pids = (await s.run('ctr t exec --exec-id a j1 pidof sleep')).stdout;
    expect(pids).toMatch(/^\d+ \d+ 1\n$/);
    const [first = 0, second = 0] = pids.trim().split(' ').map(Number);
    expect(first).toBeGreaterThan(second);
    expect((await s.run('ctr t exec --exec-id b j1 pidof nosuch sleep')).stdout).toBe(pids);
  });

  it('finds itself and a shell that forked it; nothing and exit 1 for an absent name', async () => {
    const s = await withSleeps();
    expect((await s.run('ctr t exec --exec-id a j1 pidof pidof')).stdout).toMatch(/^\d+\n$/);
    const r = await s.run("ctr t exec --exec-id b j1 sh -c 'pidof sh; pidof ps; echo rc=$?'");
    expect(r.stdout).toMatch(/^\d+\nrc=1\n$/);
    expect(await s.run('ctr t exec --exec-id c j1 pidof nosuch')).toMatchObject({ stdout: '', stderr: '', exitCode: 1 });
    expect(await s.run('ctr t exec --exec-id d j1 pidof')).toMatchObject({ stdout: '', exitCode: 1 });
  });

  it('refuses -s and -o, which this build leaves out, with the usage', async () => {
    const s = await withSleeps();
    const r = await s.run('ctr t exec --exec-id a j1 pidof -s sleep');
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toMatch(/^pidof: invalid option -- 's'\nBusyBox v1\.35\.0 .*\n\nUsage: pidof \[NAME\]\.\.\.\n/);
  });
});
