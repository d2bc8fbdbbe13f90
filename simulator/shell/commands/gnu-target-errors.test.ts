// GNU coreutils 9.1's words for the destination a cp, mv or ln -s could not create (checked on
// Debian bookworm: tests/oracle/scripts/gnu-file-errors.sh).
import { describe, expect, it } from 'vitest';
import { createSession } from '../session';

describe('the file a cp, mv or ln could not create', () => {
  it('is named as GNU builds it', async () => {
    const s = createSession({ seed: 5, now: () => Date.UTC(2026, 11, 6, 8, 0, 0) });
    await s.run('cd /root && echo a > f && mkdir d');
    expect((await s.run('cp f nodir/x')).stderr).toBe("cp: cannot create regular file 'nodir/x': No such file or directory\n");
    expect((await s.run('cp f f/x')).stderr).toBe("cp: cannot stat 'f/x': Not a directory\n");
    expect((await s.run('cp nosuch d')).stderr).toBe("cp: cannot stat 'nosuch': No such file or directory\n");
    expect((await s.run('mv f nodir/x')).stderr).toBe("mv: cannot move 'f' to 'nodir/x': No such file or directory\n");
    expect((await s.run('ln -s x nodir/l')).stderr).toBe("ln: failed to create symbolic link 'nodir/l': No such file or directory\n");
    expect((await s.run('chmod 700 nosuch')).stderr).toBe("chmod: cannot access 'nosuch': No such file or directory\n");
  });

  it('ln -s into a directory makes the link inside it', async () => {
    const s = createSession({ seed: 6, now: () => Date.UTC(2026, 11, 6, 8, 0, 0) });
    await s.run('cd /root && mkdir d');
    expect((await s.run('ln -s /etc/hostname d')).exitCode).toBe(0);
    expect((await s.run('readlink d/hostname')).stdout).toBe('/etc/hostname\n');
    expect((await s.run('ln -s /etc/hostname d')).stderr).toBe("ln: failed to create symbolic link 'd/hostname': File exists\n");
  });
});
