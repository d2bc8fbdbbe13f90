// A shell's background jobs are processes of its container's task (issue 11): in docker top,
// in ps inside the container (with their parent's PID) and in ctr t ps, from their fork until
// they end. Reference: the real dockerd 20.10.24 in oracle 65-detach-keys-jobs.sh (sleeps at
// PIDs 7 and 8 under PID 1's sh, an exec's jobs under the exec's sh, gone once they end).

import { describe, expect, it } from 'vitest';
import { createSession } from '../../../index';

describe('a shell’s background jobs in the task’s process list', () => {
  it('are listed with their parents while they run and gone once they end', async () => {
    let clock = Date.UTC(2026, 11, 7, 7, 0, 0);
    const s = createSession({ seed: 5, now: () => clock });
    await s.run('docker pull -q busybox');
    await s.run("docker run -d --name j1 busybox sh -c 'sleep 1000 & sleep 999 & wait'");
    // docker top's columns are padded to 20: PID, PPID, the command line.
    const top = async () =>
      (await s.run('docker top j1 -o pid,ppid,args')).stdout.trim().split('\n').slice(1).map((l) => {
        const [pid = '', ppid = '', args = ''] = l.split(/\s{2,}/);
        return { pid, ppid, args };
      });
    const [sh, a, b] = await top();
    expect([sh?.args, a?.args, b?.args]).toEqual(['sh -c sleep 1000 & sleep 999 & wait', 'sleep 1000', 'sleep 999']);
    expect([a?.ppid, b?.ppid]).toEqual([sh?.pid, sh?.pid]);
    expect((await s.run('docker exec j1 ps -o pid,ppid,args')).stdout).toBe(
      'PID   PPID  COMMAND\n    1     0 sh -c sleep 1000 & sleep 999 & wait\n    7     1 sleep 1000\n    8     1 sleep 999\n    9     0 ps -o pid,ppid,args\n',
    );
    await s.run("docker exec -d j1 sh -c 'sleep 300 & sleep 200 & wait'");
    expect(await top()).toHaveLength(6);
    const id = (await s.run('docker inspect -f {{.Id}} j1')).stdout.trim();
    expect((await s.run(`ctr -n moby t ps ${id}`)).stdout.trim().split('\n')).toHaveLength(7);
    clock += 250_000; // sleep 200 has ended, sleep 300 not yet
    const later = await top();
    expect(later.map((r) => r.args)).toEqual(['sh -c sleep 1000 & sleep 999 & wait', 'sleep 1000', 'sleep 999', 'sh -c sleep 300 & sleep 200 & wait', 'sleep 300']);
    expect(later[4]?.ppid).toBe(later[3]?.pid);
    clock += 100_000; // the exec's shell took its jobs and ended
    expect(await top()).toHaveLength(3);
  });
});
