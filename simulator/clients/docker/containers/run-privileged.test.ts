// docker run --privileged on node1 (moby v20.10.24 daemon/oci_linux.go): every capability the
// kernel has, no seccomp filter, the host's devices, no masked or read-only /proc paths. The
// oracle machine here is itself a container that cannot raise all capabilities ("unable to
// apply caps"), so these are held to moby's code and a Linux 6.1 node's numbers, not a live diff.

import { describe, expect, it } from 'vitest';
import { sessionWithBusybox as pulled } from './test-support';

describe('docker run --privileged', () => {
  it('runs with all 41 capabilities of Linux 6.1 and no seccomp, --cap-drop notwithstanding', async () => {
    const run = await pulled();
    const caps = await run('docker run --rm --privileged --cap-drop ALL busybox grep CapEff /proc/self/status');
    expect(caps).toEqual({ stdout: 'CapEff:\t000001ffffffffff\n', stderr: '', exitCode: 0 });
    expect((await run('docker run --rm --privileged busybox grep Seccomp: /proc/self/status')).stdout).toBe('Seccomp:\t0\n');
  });

  it('keeps MaskedPaths and ReadonlyPaths null in its host config', async () => {
    const run = await pulled();
    await run('docker create --name pv --privileged busybox');
    expect((await run("docker inspect -f '{{json .HostConfig.MaskedPaths}} {{json .HostConfig.ReadonlyPaths}}' pv")).stdout).toBe('null null\n');
  });
});
