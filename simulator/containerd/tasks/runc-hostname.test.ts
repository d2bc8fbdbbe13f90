// runc's sethostname(2) of the spec's hostname: at most 64 bytes, a longer one fails the start
// with EINVAL (dockerd 20.10.24: tests/oracle/docker/scripts/hostname-length.sh).
import { describe, expect, it } from 'vitest';
import { createSession } from '../../index';

describe('the hostname runc sets', () => {
  it('takes 64 bytes and refuses 65', async () => {
    const s = createSession({ seed: 31, now: () => Date.UTC(2026, 11, 7, 15, 0, 0) });
    expect((await s.run(`docker run --rm --hostname ${'a'.repeat(64)} busybox hostname`)).stdout.endsWith(`${'a'.repeat(64)}\n`)).toBe(true);
    const r = await s.run(`docker run --rm --hostname ${'a'.repeat(65)} busybox hostname`);
    expect(r.exitCode).toBe(125);
    expect(r.stderr).toBe(
      'docker: Error response from daemon: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: sethostname: invalid argument: unknown.\n',
    );
  });
});
