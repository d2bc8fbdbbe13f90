// `ctr i push --manifest` parses the digest first (push.go, digest.Parse), as a real containerd
// 1.6.20 answered it (tests/oracle/scripts/161-fresh-images-flags.sh).
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../shell/session';

describe('ctr i push --manifest', () => {
  it('refuses a digest that does not parse', async () => {
    const s = createSession({ seed: 1 });
    expect(await s.run('ctr i push --manifest sha256:abc localhost:1/bb:1; echo rc=$?')).toEqual({
      stdout: 'rc=1\n',
      stderr: 'ctr: invalid manifest digest: invalid checksum digest length\n',
      exitCode: 0,
    });
    expect((await s.run('ctr i push --manifest nodigest localhost:1/bb:1')).stderr).toBe('ctr: invalid manifest digest: invalid checksum digest format\n');
  });
});
