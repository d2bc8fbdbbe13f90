// `ctr t exec --fifo-dir` as a real containerd 1.6.20 answered it (tests/oracle/scripts/163-fresh-exec-applets.sh
// e14/e15): cio makes the directory (MkdirAll) and leaves it empty once the exec ends; a path
// below a file fails before the process starts.
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../shell/session';

describe('ctr t exec --fifo-dir', () => {
  it('makes the directory, and fails under a file', async () => {
    const s = createSession({ seed: 1 });
    await s.run('ctr i pull docker.io/library/busybox:latest >/dev/null');
    await s.run('ctr run -d docker.io/library/busybox:latest b sleep 600');
    expect(await s.run('ctr t exec --exec-id e1 --fifo-dir /tmp/ff/x b echo hi && ls -A /tmp/ff/x | wc -l')).toEqual({ stdout: 'hi\n0\n', stderr: '', exitCode: 0 });
    expect(await s.run('ctr t exec --exec-id e2 --fifo-dir /etc/hostname/x b echo hi; echo rc=$?')).toEqual({
      stdout: 'rc=1\n',
      stderr: 'ctr: mkdir /etc/hostname: not a directory\n',
      exitCode: 0,
    });
  });
});
