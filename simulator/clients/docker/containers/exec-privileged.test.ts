// docker exec --privileged (moby v20.10.24 daemon/exec_linux.go execSetPlatformOpt): the exec's
// process spec gets every capability the kernel has in its bounding, permitted, inheritable and
// effective sets; the container and its other processes keep theirs. The oracle machine is
// itself a container whose bounding set lacks CAP_SYS_RESOURCE, so there runc refuses the exec
// (`unable to apply caps: operation not permitted`); this is held to moby's code and the kernel's
// rules (a non-root user keeps only its ambient set after execve), not a live diff.

import { describe, expect, it } from 'vitest';
import { sessionWithBusybox as pulled } from './test-support';

describe('docker exec --privileged', () => {
  it('gives the exec every capability of Linux 6.1, the container keeps the default set', async () => {
    const run = await pulled();
    await run('docker run -d --name e1 busybox sleep 1000');
    expect((await run('docker exec --privileged e1 grep Cap /proc/self/status')).stdout).toBe(
      'CapInh:\t000001ffffffffff\nCapPrm:\t000001ffffffffff\nCapEff:\t000001ffffffffff\nCapBnd:\t000001ffffffffff\nCapAmb:\t0000000000000000\n',
    );
    expect((await run('docker exec e1 grep CapEff /proc/self/status')).stdout).toBe('CapEff:\t00000000a80425fb\n');
    // PID 1, the container's init, still has the container's sets.
    expect((await run('docker exec --privileged e1 grep CapEff /proc/1/status')).stdout).toBe('CapEff:\t00000000a80425fb\n');
  });

  it("passes the sets on to what the exec'd shell starts; a non-root user keeps none after execve", async () => {
    const run = await pulled();
    await run('docker run -d --name e2 --cap-drop ALL busybox sleep 1000');
    expect((await run("docker exec --privileged e2 sh -c 'grep CapEff /proc/self/status; cat /proc/self/status | grep CapPrm'")).stdout).toBe(
      'CapEff:\t000001ffffffffff\nCapPrm:\t000001ffffffffff\n',
    );
    expect((await run('docker exec -u nobody --privileged e2 grep Cap /proc/self/status')).stdout).toBe(
      'CapInh:\t000001ffffffffff\nCapPrm:\t0000000000000000\nCapEff:\t0000000000000000\nCapBnd:\t000001ffffffffff\nCapAmb:\t0000000000000000\n',
    );
  });

  it('lets the exec change the network (CAP_NET_ADMIN) where the container cannot', async () => {
    const run = await pulled();
    await run('docker run -d --name e3 busybox sleep 1000');
    expect((await run('docker exec e3 ip link set lo mtu 1400')).stderr).toBe('ip: SIOCSIFMTU: Operation not permitted\n');
    // With the capability the change is allowed, and the simulator says it does not make it.
    expect((await run('docker exec --privileged e3 ip link set lo mtu 1400')).stderr).toContain('not simulated here');
  });
});
