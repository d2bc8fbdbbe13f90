// The node's kernel strings: uname on the node and in a container, and a container's
// /proc/version, all from host/kernel.ts.
import { describe, expect, it } from 'vitest';
import { createSession } from '../shell/session';
import { KERNEL_RELEASE, PROC_VERSION } from './kernel';

describe('the node kernel', () => {
  it('is what uname, a container and /proc/version agree on', async () => {
    const s = createSession({ seed: 7, now: () => Date.UTC(2026, 11, 7) });
    await s.run('ctr i pull docker.io/library/busybox:latest > /dev/null');
    expect((await s.run('uname -r')).stdout).toBe(`${KERNEL_RELEASE}\n`);
    expect((await s.run('ctr run --rm docker.io/library/busybox:latest k uname -r')).stdout).toBe(`${KERNEL_RELEASE}\n`);
    expect(await s.run('ctr run --rm docker.io/library/busybox:latest k cat /proc/version')).toEqual({ stdout: PROC_VERSION, stderr: '', exitCode: 0 });
    expect(PROC_VERSION).toBe(
      'Linux version 6.1.0-28-amd64 (debian-kernel@lists.debian.org) (gcc-12 (Debian 12.2.0-14) 12.2.0, GNU ld (GNU Binutils for Debian) 2.40) #1 SMP PREEMPT_DYNAMIC Debian 6.1.119-1 (2024-11-22)\n',
    );
  });
});
