// busybox rmdir -p/-v and its usage, beyond oracle 176-rmdir-parents.sh (11/11 against
// containerd 1.6.20's busybox container): the same answers from a session's container.

import { describe, expect, it } from 'vitest';
import { createSession } from '../shell/session';

describe('busybox rmdir', () => {
  it('climbs with -p until a parent is not empty, says each step with -v, refuses the root', async () => {
    const s = createSession({ seed: 2, now: () => Date.UTC(2026, 11, 8, 2, 30, 0) });
    await s.run('ctr i pull docker.io/library/busybox:latest > /dev/null');
    const run = async (script: string) => s.run(`ctr run --rm docker.io/library/busybox:latest r1 sh -c '${script}'`);
    expect(await run('cd /tmp && mkdir -p a/b/c && touch f && rmdir -pv a/b/c; echo rc=$?')).toMatchObject({
      stdout: "rmdir: removing directory, 'a/b/c'\nrmdir: removing directory, 'a/b'\nrmdir: removing directory, 'a'\nrc=0\n",
      stderr: '',
    });
    expect(await run('mkdir -p /tmp/x/y && rmdir -p /tmp/x/y; echo rc=$?')).toMatchObject({ stdout: 'rc=1\n', stderr: "rmdir: '/': Device or resource busy\n" });
    const bad = await run('rmdir -q /tmp; echo rc=$?');
    expect(bad.stdout).toBe('rc=1\n');
    expect(bad.stderr).toMatch(/^rmdir: invalid option -- 'q'\nBusyBox v1\.35\.0 \(Debian [^)]+\) multi-call binary\.\n\nUsage: rmdir \[-p\] DIRECTORY\.\.\.\n/);
  });
});
