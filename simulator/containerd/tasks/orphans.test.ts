// Orphans and zombies in a container, as a real containerd 1.6.20 node shows them
// (tests/oracle/scripts/151-orphans-zombies.sh): an exec's job outlives the exec under PID 1;
// an ended child of a PID 1 that never waits stays a zombie ([sleep] in ps, found by pidof,
// not in ctr t ps); a shell as PID 1 reaps it.
import { describe, expect, it } from 'vitest';
import { createSession } from '../../index';

const NOW = () => Date.UTC(2026, 11, 7, 11, 0, 0);

async function withBusybox() {
  const s = createSession({ seed: 9, now: NOW });
  await s.run('ctr i pull docker.io/library/busybox:latest');
  return s;
}

const ps = async (s: Awaited<ReturnType<typeof withBusybox>>, c: string, id: string) =>
  (await s.run(`ctr t exec --exec-id ${id} ${c} ps -o ppid,comm,args`)).stdout;

describe('orphans and zombies', () => {
  it('an exec’s background job goes on under PID 1, and becomes a zombie there when it ends', async () => {
    const s = await withBusybox();
    await s.run('ctr run -d docker.io/library/busybox:latest z1 sleep 300');
    expect((await s.run("ctr t exec --exec-id a z1 sh -c 'sleep 2 > /dev/null 2>&1 &'")).exitCode).toBe(0);
    expect(await ps(s, 'z1', 'b')).toBe('PPID  COMMAND          COMMAND\n    0 sleep            sleep 300\n    1 sleep            sleep 2\n    0 ps               ps -o ppid,comm,args\n');
    expect((await s.run('ctr t ps z1')).stdout.trim().split('\n')).toHaveLength(3);
    await s.run('sleep 3');
    expect(await ps(s, 'z1', 'c')).toBe('PPID  COMMAND          COMMAND\n    0 sleep            sleep 300\n    1 sleep            [sleep]\n    0 ps               ps -o ppid,comm,args\n');
    expect((await s.run('ctr t exec --exec-id d z1 pidof sleep')).stdout.trim().split(' ')).toHaveLength(2);
    // cgroup.procs leaves the zombie out.
    expect((await s.run('ctr t ps z1')).stdout.trim().split('\n')).toHaveLength(2);
  });

  it('a shell as PID 1 reaps what it adopts; one that exec’d sleep does not', async () => {
    const s = await withBusybox();
    await s.run("ctr run -d docker.io/library/busybox:latest z2 sh -c 'sleep 300 & wait'");
    await s.run("ctr t exec --exec-id a z2 sh -c 'sleep 1 > /dev/null 2>&1 &'");
    await s.run("ctr run -d docker.io/library/busybox:latest z3 sh -c 'sleep 1 & exec sleep 300'");
    await s.run('sleep 2');
    expect(await ps(s, 'z2', 'b')).not.toContain('[sleep]');
    expect(await ps(s, 'z3', 'b')).toBe('PPID  COMMAND          COMMAND\n    0 sleep            sleep 300\n    1 sleep            [sleep]\n    0 ps               ps -o ppid,comm,args\n');
  });
});
