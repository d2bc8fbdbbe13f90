// /proc/self/cmdline and /proc/<own pid>/cmdline: the reading process's argv, each word ended by
// a NUL (the kernel's mm->arg area), in a task's init and in an exec'd process; /proc/1/cmdline
// stays the init's.
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../index';

const BB = 'docker.io/library/busybox:latest';

describe('/proc/<pid>/cmdline in a container', () => {
  it("holds the reader's own argv through self and its PID", async () => {
    let t = Date.UTC(2026, 11, 6, 14, 40, 0);
    const s = createSession({ seed: 3, now: () => (t += 7) });
    await s.run(`ctr i pull ${BB}`);
    expect((await s.run(`ctr run --rm ${BB} r cat /proc/self/cmdline`)).stdout).toBe('cat\0/proc/self/cmdline\0');
    await s.run(`ctr run -d ${BB} e sleep 100`);
    expect((await s.run('ctr t exec --exec-id x e cat /proc/self/cmdline /proc/1/cmdline')).stdout).toBe('cat\0/proc/self/cmdline\0/proc/1/cmdline\0sleep\x00100\x00');
    const own = await s.run(`ctr t exec --exec-id y e sh -c 'cat /proc/self/cmdline | tr "\\0" " "'`);
    expect(own.stdout).toBe('cat /proc/self/cmdline ');
  });
});
