// `ctr install` as a real containerd 1.6.20 answered it (tests/oracle/scripts/162-fresh-global-misc.sh):
// the image's bin/ entries land in the install path, a second install without --replace stops
// at the first one there, and a path that does not exist is never made.
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../shell/session';

const BB = 'docker.io/library/busybox:latest';

describe('ctr install', () => {
  it('applies bin/ of the layers, refuses to replace without --replace, and does not make the path', async () => {
    const s = createSession({ seed: 1 });
    await s.run(`ctr i pull ${BB} >/dev/null`);
    expect(await s.run(`mkdir -p /tmp/inst && ctr install --path /tmp/inst ${BB} && ls /tmp/inst`)).toEqual({ stdout: 'bin\n', stderr: '', exitCode: 0 });
    expect((await s.run('readlink /tmp/inst/bin/ls')).stdout).toBe('busybox\n');
    const again = await s.run(`ctr install --path /tmp/inst ${BB}`);
    // The first bin/ entry of the layer's tar order (the oracle's busybox archive: bin/[).
    expect(again.stderr).toMatch(/^ctr: cannot replace bin\/\S+ in \/tmp\/inst\n$/);
    expect(again.exitCode).toBe(1);
    expect((await s.run(`ctr install -r --path /tmp/inst ${BB}`)).exitCode).toBe(0);
    expect((await s.run(`ctr install --path /tmp/nowhere ${BB}`)).stderr).toBe('ctr: mkdir /tmp/nowhere/bin: no such file or directory\n');
    expect((await s.run('ctr install nosuch:1')).stderr).toBe('ctr: image "nosuch:1": not found\n');
  });
});
