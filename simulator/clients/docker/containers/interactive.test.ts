// The notes' tip `docker run --rm -ti <image> sh`: on a terminal the image's shell keeps it until
// `exit` (its code is docker's), then --rm leaves nothing; in the shell the files are the image's
// and the container's (hostname = short id); without a terminal, -it is refused as 20.10 does.

import { describe, expect, it } from 'vitest';
import { createSession } from '../../../index';

describe('docker run -ti on a terminal', () => {
  it('run --rm -ti busybox sh: the shell, exit 3 is docker’s code, then the container is gone', async () => {
    const s = createSession({ seed: 4, now: () => Date.UTC(2026, 11, 5, 4, 30, 0) });
    await s.run('docker pull -q busybox');
    const first = await s.run('docker run --rm -ti --name box busybox sh', { tty: true });
    expect(first.stdout).toContain('/ # ');
    expect((await s.run('cat /etc/hostname', { tty: true })).stdout).toMatch(/^[0-9a-f]{12}\n$/);
    await s.run('echo hi > /tmp/x', { tty: true });
    expect((await s.run('cat /tmp/x', { tty: true })).stdout).toBe('hi\n');
    expect((await s.run('exit 3', { tty: true })).exitCode).toBe(3);
    expect(s.prompt()).toBe('root@node1:~# ');
    expect((await s.run('docker ps -aq')).stdout).toBe('');
    expect((await s.run('ctr -n moby c ls -q')).stdout).toBe('');
  });

  it('-it from a pipe: the input device is not a TTY', async () => {
    const s = createSession({ seed: 4, now: () => Date.UTC(2026, 11, 5, 4, 30, 0) });
    await s.run('docker pull -q busybox');
    expect(await s.run('echo | docker run --rm -ti busybox sh')).toMatchObject({ stderr: 'the input device is not a TTY\n', exitCode: 1 });
  });
});
