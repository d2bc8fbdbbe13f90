// busybox ls -R, as a real containerd 1.6.20 node's busybox prints it
// (tests/oracle/scripts/152-ls-recursive.sh): each directory under a header, depth first in
// name order, dot directories only with -a, a link to a directory not followed.
import { describe, expect, it } from 'vitest';
import { createSession } from '../index';

describe('ls -R', () => {
  it('walks the tree under headers and leaves links and dot directories alone', async () => {
    const s = createSession({ seed: 4, now: () => Date.UTC(2026, 11, 7, 11, 0, 0) });
    await s.run('ctr i pull docker.io/library/busybox:latest');
    await s.run('ctr run -d docker.io/library/busybox:latest r1 sleep 300');
    await s.run("ctr t exec --exec-id a r1 sh -c 'mkdir -p /d1/sub/deep /d1/.hid && echo hi > /d1/a && touch /d1/sub/b && ln -s /etc /d1/link'");
    expect((await s.run('ctr t exec --exec-id b r1 ls -R /d1')).stdout).toBe('/d1:\na\nlink\nsub\n\n/d1/sub:\nb\ndeep\n\n/d1/sub/deep:\n');
    expect((await s.run('ctr t exec --exec-id c r1 ls -Ra /d1')).stdout).toContain('\n/d1/.hid:\n.\n..\n');
  });
});
