// Symbolic links that lead nowhere, as busybox 1.35 on Debian answers (checked with the host's
// busybox-static in a scratch directory: `ln -s nowhere d; ln -s a b; ln -s b a`), and oracle
// pending/172's lines on containerd 1.6.20: a loop is ELOOP, a link to a missing name ENOENT,
// and mkdir -p leaves the link a link.

import { describe, expect, it } from 'vitest';
import { createSession } from '../shell/session';

describe('links that lead nowhere', () => {
  it('mkdir -p and cat say why, and the links stay', async () => {
    const s = createSession({ seed: 2, now: () => Date.UTC(2026, 11, 8, 2, 0, 0) });
    await s.run('ctr i pull docker.io/library/busybox:latest > /dev/null');
    const script = [
      'cd /tmp && ln -s nowhere d && ln -s a b && ln -s b a',
      'mkdir -p d; mkdir -p d/x; mkdir -p a; mkdir -p a/b/c; mkdir a; cat a; cat d',
      'ls -l | cut -c1-10,57-',
    ].join('; ');
    const r = await s.run(`ctr run --rm docker.io/library/busybox:latest t1 sh -c '${script}'`);
    expect(r.stderr).toBe(
      [
        "mkdir: can't create directory 'd': No such file or directory",
        "mkdir: can't create directory 'd/': No such file or directory",
        "mkdir: can't create directory 'a': Too many levels of symbolic links",
        "mkdir: can't create directory 'a/': Too many levels of symbolic links",
        "mkdir: can't create directory 'a': File exists",
        "cat: can't open 'a': Too many levels of symbolic links",
        "cat: can't open 'd': No such file or directory",
        '',
      ].join('\n'),
    );
    expect(r.stdout).toMatch(/^total 0\nlrwxrwxrwx +a -> b\nlrwxrwxrwx +b -> a\nlrwxrwxrwx +d -> nowhere\n$/);
  });
});
