// containerd's runc shims typed at the node's shell, held to Debian's containerd 1.6.20 shims as
// they answer on this project's machines (byte counts of the usage included).

import { describe, expect, it } from 'vitest';
import { createSession } from '../../index';

const session = () => createSession({ seed: 9, now: () => Date.UTC(2026, 11, 6, 21, 0, 0) });

describe('containerd-shim-runc-v2 / -v1 by hand', () => {
  it('prints its version with -v', async () => {
    const s = session();
    expect(await s.run('containerd-shim-runc-v2 -v')).toMatchObject({
      stdout: 'containerd-shim-runc-v2:\n  Version:  1.6.20~ds1\n  Revision: 1.6.20~ds1-1+deb12u3\n  Go version: go1.19.8\n\n',
      exitCode: 0,
    });
    expect((await s.run('containerd-shim-runc-v1 -v')).stdout.startsWith('containerd-shim-runc-v1:\n')).toBe(true);
  });

  it('answers as Go\'s flag package: usage on stderr, 0 for -h, 2 for an unknown flag', async () => {
    const s = session();
    const help = await s.run('containerd-shim-runc-v2 -h');
    expect(help).toMatchObject({ stdout: '', exitCode: 0 });
    expect(help.stderr).toHaveLength(463);
    const bad = await s.run('containerd-shim-runc-v2 --version');
    expect(bad).toMatchObject({ stderr: `flag provided but not defined: -version\n${help.stderr}`, exitCode: 2 });
    expect(bad.stderr).toHaveLength(503);
  });

  it('refuses to serve without a namespace, its error without a newline', async () => {
    const s = session();
    expect(await s.run('containerd-shim-runc-v2')).toMatchObject({ stderr: 'io.containerd.runc.v2: shim namespace cannot be empty', exitCode: 1 });
    expect(await s.run('containerd-shim-runc-v1 -debug')).toMatchObject({ stderr: 'io.containerd.runc.v1: shim namespace cannot be empty', exitCode: 1 });
  });
});
