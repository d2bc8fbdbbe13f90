// A task bundle left behind (stale-bundle.ts), as containerd 1.6.20 leaves it for a container
// made from a spec file whose rootfs is the bundle's own dir (tests/oracle/scripts/config-spec-file.sh).
import { describe, expect, it } from 'vitest';
import { createSession } from '../../shell/session';

const SPEC = 'ctr oci spec > spec.json; sed \'s|"cwd": "/",|"args": ["echo", "hi"], "cwd": "/",|\' spec.json > echo.json';

describe('a bundle left behind by a failed task', () => {
  it('stays once runc failed inside the rootfs, and the next task of the id fails at its mkdir', async () => {
    const s = createSession({ seed: 41, now: () => Date.UTC(2026, 11, 6, 8, 0, 0) });
    await s.run(SPEC);
    await s.run('ctr c create --config echo.json e1');
    expect((await s.run('ctr t start e1')).stderr).toBe(
      'ctr: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: exec: "echo": executable file not found in $PATH: unknown\n',
    );
    expect((await s.run('ls /run/containerd/io.containerd.runtime.v2.task/default/e1/rootfs')).stdout).toBe('dev\nproc\nrun\nsys\n');
    await s.run('ctr c rm e1');
    await s.run('ctr c create --config echo.json e1');
    const again = await s.run('ctr t start e1');
    expect([again.stderr, again.exitCode]).toEqual(['ctr: failed to start shim: mkdir /run/containerd/io.containerd.runtime.v2.task/default/e1: file exists: unknown\n', 1]);
    // Another namespace has its own bundle dirs.
    await s.run('ctr -n other c create --config echo.json e1');
    expect((await s.run('ctr -n other t start e1')).stderr).toContain('executable file not found');
  });

  it('is not left when runc refused the spec before it touched the rootfs', async () => {
    const s = createSession({ seed: 42, now: () => Date.UTC(2026, 11, 6, 8, 0, 0) });
    await s.run('echo \'{"process":{"cwd":"/"}}\' > noargs.json');
    await s.run('ctr c create --config noargs.json n1');
    expect((await s.run('ctr t start n1')).stderr).toBe('ctr: failed to create shim task: OCI runtime create failed: runc create failed: args must not be empty: unknown\n');
    expect((await s.run('ctr t start n1')).stderr).toContain('args must not be empty');
  });
});
