// docker update through the CLI: the texts a private real dockerd 20.10.24 (/usr/bin/docker
// 20.10.24+dfsg1) printed for the same lines on 2026-12-05 (tests/oracle/docker/scripts/
// 23-update.sh; the machine's IPv4-forwarding warning left out, as a stock node has none).

import { describe, expect, it } from 'vitest';
import { createSession } from '../../../index';

const NOW = Date.UTC(2026, 11, 5, 10, 20, 0);

async function session() {
  const s = createSession({ seed: 21, now: () => NOW });
  await s.run('docker pull busybox');
  const run = async (line: string) => {
    const r = await s.run(line);
    return { stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode };
  };
  return { s, run };
}

const ok = (stdout: string) => ({ stdout, stderr: '', exitCode: 0 });
const daemonError = (text: string) => ({ stdout: '', stderr: `Error response from daemon: ${text}\n`, exitCode: 1 });

describe('docker update', () => {
  it('echoes the names, refuses what the daemon refuses, and inspect shows the new HostConfig', async () => {
    const { run } = await session();
    const u1 = (await run('docker run -d --name u1 busybox sleep 3600')).stdout.trim();
    const u2 = (await run('docker create --name u2 -m 64m busybox sleep 3600')).stdout.trim();
    const u3 = (await run('docker run -d --name u3 --rm busybox sleep 3600')).stdout.trim();
    expect(await run("docker inspect --format '{{.HostConfig.Memory}} {{.HostConfig.MemorySwap}}' u1 u2")).toEqual(ok('0 0\n67108864 134217728\n'));
    expect(await run('docker update u1')).toEqual({ stdout: '', stderr: 'you must provide one or more flags when using this command\n', exitCode: 1 });
    expect(await run('docker update --restart on-failure:3 u1 u2')).toEqual(ok('u1\nu2\n'));
    expect(await run("docker inspect --format '{{json .HostConfig.RestartPolicy}}' u1")).toEqual(ok('{"Name":"on-failure","MaximumRetryCount":3}\n'));
    expect(await run('docker update --restart bogus u1')).toEqual(daemonError("invalid restart policy 'bogus'"));
    expect(await run('docker update --restart always:2 u1')).toEqual(daemonError("maximum retry count cannot be used with restart policy 'always'"));
    expect(await run('docker update --restart always u3')).toEqual(daemonError(`Cannot update container ${u3}: Restart policy cannot be updated because AutoRemove is enabled for the container`));
    expect(await run('docker update -m 64m u1')).toEqual(
      daemonError(`Cannot update container ${u1}: Memory limit should be smaller than already set memoryswap limit, update the memoryswap at the same time`),
    );
    expect(await run('docker update -m 64m --memory-swap 128m u1')).toEqual(ok('u1\n'));
    expect(await run('docker update -m 4m u1')).toEqual(daemonError('Minimum memory limit allowed is 6MB'));
    expect(await run('docker update -m 32m u2')).toEqual(ok('u2\n'));
    expect(await run('docker update -m 256m u2')).toEqual(
      daemonError(`Cannot update container ${u2}: Memory limit should be smaller than already set memoryswap limit, update the memoryswap at the same time`),
    );
    expect(await run('docker update --memory-swap 32m u2')).toEqual(ok('u2\n'));
    expect(await run("docker inspect --format '{{.HostConfig.Memory}} {{.HostConfig.MemorySwap}}' u2")).toEqual(ok('33554432 33554432\n'));
    expect(await run('docker update --cpus 1.5 u1')).toEqual(ok('u1\n'));
    expect(await run('docker update --cpus 50 u1')).toEqual(daemonError('Range of CPUs is from 0.01 to 2.00, as there are only 2 CPUs available'));
    expect(await run('docker update --cpu-period 100000 u1')).toEqual(daemonError(`Cannot update container ${u1}: Conflicting options: CPU Period cannot be updated as NanoCPUs has already been set`));
    expect(await run('docker update --cpu-shares 512 --cpuset-cpus 0 --pids-limit 100 u1')).toEqual(ok('u1\n'));
    expect(await run('docker update --cpuset-cpus 7 u1')).toEqual(daemonError('Requested CPUs are not available - requested 7, available: 0-1'));
    expect(await run('docker update --cpuset-cpus x u1')).toEqual(daemonError('Invalid value x for cpuset cpus: invalid format: x'));
    expect(await run('docker update --kernel-memory 64m u1')).toEqual(ok('u1\nSpecifying a kernel memory limit is deprecated and will be removed in a future release.\n'));
    expect(await run('docker update --blkio-weight 500 u1')).toEqual(ok('u1\nYour kernel does not support Block I/O weight or the cgroup is not mounted. Weight discarded.\n'));
    expect(await run('docker update --memory-reservation 32m u1')).toEqual(ok('u1\n'));
    expect(await run('docker update --pids-limit -1 u1')).toEqual(ok('u1\n'));
    expect(await run("docker inspect --format '{{.HostConfig.CpuShares}} {{.HostConfig.Memory}} {{.HostConfig.NanoCpus}} {{.HostConfig.CpusetCpus}} {{.HostConfig.KernelMemory}} {{.HostConfig.MemoryReservation}} {{.HostConfig.MemorySwap}} {{.HostConfig.PidsLimit}} {{.HostConfig.BlkioWeight}}' u1")).toEqual(
      ok('512 67108864 1500000000 0 67108864 33554432 134217728 0 0\n'),
    );
    expect(await run('docker update --cpus 0.5 nosuch u1')).toEqual({ stdout: 'u1\n', stderr: 'Error response from daemon: No such container: nosuch\n', exitCode: 1 });
    expect(await run('docker update -m 1x u1')).toEqual({ stdout: '', stderr: `invalid argument "1x" for "-m, --memory" flag: invalid size: '1x'\nSee 'docker update --help'.\n`, exitCode: 125 });
    expect(await run('docker update --cpus abc u1')).toEqual({ stdout: '', stderr: `invalid argument "abc" for "--cpus" flag: failed to parse abc as a rational number\nSee 'docker update --help'.\n`, exitCode: 125 });
  });

  it('updates a stopped container (its next start takes the limits), not a removed one; logs update events', async () => {
    const { run } = await session();
    await run('docker run -d --name u1 busybox sleep 3600');
    await run('docker stop -t 0 u1');
    expect(await run('docker update --cpu-shares 100 u1')).toEqual(ok('u1\n'));
    expect(await run("docker inspect --format '{{.HostConfig.CpuShares}}' u1")).toEqual(ok('100\n'));
    await run('docker rm u1');
    expect(await run('docker update --cpu-shares 100 u1')).toEqual(daemonError('No such container: u1'));
    await run('sleep 1');
    expect(await run("docker events --since 10m --until 0s --filter event=update --format '{{.Actor.Attributes.name}}'")).toEqual(ok('u1\n'));
    expect((await run('docker container update --help')).stdout).toContain('Usage:  docker container update [OPTIONS] CONTAINER [CONTAINER...]');
  });
});
