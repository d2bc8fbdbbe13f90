// busybox 1.35 ls --full-time (oracle 177-ls-full-time.sh, 7/7 against containerd 1.6.20; the
// same lines with Debian's busybox-static on the host): a long listing whatever -1 says, dated
// `YYYY-MM-DD HH:MM:SS +0000`.

import { describe, expect, it } from 'vitest';
import { createSession } from '../shell/session';

describe('busybox ls --full-time', () => {
  it('lists long with the whole date', async () => {
    const s = createSession({ seed: 2, now: () => Date.UTC(2026, 11, 8, 2, 30, 0) });
    await s.run('ctr i pull docker.io/library/busybox:latest > /dev/null');
    const r = await s.run(`ctr run --rm docker.io/library/busybox:latest f1 sh -c 'mkdir /tmp/d && touch -d "2020-01-02 03:04:05" /tmp/d/t && ls --full-time -1 /tmp/d; ls -n --full-time /tmp/d/t'`);
    expect(r.stdout).toBe(
      'total 0\n-rw-r--r--    1 root     root             0 2020-01-02 03:04:05 +0000 t\n' +
        '-rw-r--r--    1 0        0                0 2020-01-02 03:04:05 +0000 /tmp/d/t\n',
    );
  });
});
