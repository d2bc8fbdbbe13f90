// nerdctl update as cmd/nerdctl/update.go@v0.22.2 has it (no nerdctl binary on these machines):
// the changed flags edit the container's spec, an Up container's task takes the spec's
// resources, and what the container reads in /sys/fs/cgroup follows.
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../shell/session';

describe('nerdctl update', () => {
  const started = async () => {
    const s = createSession({ seed: 11, now: () => Date.UTC(2026, 11, 5, 21, 30, 0) });
    expect((await s.run('nerdctl run -d --name u1 -m 64m busybox sleep 3600')).exitCode).toBe(0);
    return s;
  };
  const read = async (s: Awaited<ReturnType<typeof started>>, files: string) => (await s.run(`nerdctl exec u1 cat ${files}`)).stdout;

  it('run -m gives twice the memory as swap (generateCgroupOpts WithMemorySwap), and the cgroupfs is mounted', async () => {
    const s = await started();
    expect(await read(s, '/sys/fs/cgroup/memory/memory.limit_in_bytes /sys/fs/cgroup/memory/memory.memsw.limit_in_bytes')).toBe('67108864\n134217728\n');
  });

  it('changes a running container at once and keeps the spec', async () => {
    const s = await started();
    expect(await s.run('nerdctl update -m 128m --cpu-quota 50000 --pids-limit 10 --cpu-shares 256 u1')).toMatchObject({ stdout: '', stderr: '', exitCode: 0 });
    expect(await read(s, '/sys/fs/cgroup/memory/memory.limit_in_bytes /sys/fs/cgroup/memory/memory.memsw.limit_in_bytes /sys/fs/cgroup/cpu/cpu.cfs_quota_us /sys/fs/cgroup/pids/pids.max /sys/fs/cgroup/cpu/cpu.shares')).toBe('134217728\n268435456\n50000\n10\n256\n');
    const id = (await s.run("nerdctl inspect -f '{{.Id}}' u1")).stdout.trim();
    const spec = JSON.parse((await s.run(`ctr c info --spec ${id}`)).stdout) as { linux: { resources: { memory: { limit: number; swap: number }; pids: { limit: number } } } };
    expect(spec.linux.resources.memory).toMatchObject({ limit: 134217728, swap: 268435456 });
    expect(spec.linux.resources.pids.limit).toBe(10);
    // The kept spec is what the next start applies.
    await s.run('nerdctl stop u1');
    await s.run('nerdctl start u1');
    expect(await read(s, '/sys/fs/cgroup/pids/pids.max')).toBe('10\n');
  });

  it('--cpus alone leaves the CFS quota as it was (v0.22.2 copies --cpuset-cpus into the spec for it)', async () => {
    const s = await started();
    expect((await s.run('nerdctl update --cpus 0.5 u1')).exitCode).toBe(0);
    expect(await read(s, '/sys/fs/cgroup/cpu/cpu.cfs_quota_us')).toBe('-1\n');
  });

  it('refuses what getUpdateOption refuses, before touching any container', async () => {
    const s = await started();
    const fatal = (msg: string) => expect.stringContaining(`level=fatal msg="${msg}"`);
    expect(await s.run('nerdctl update --cpus 1 --cpu-period 50000 u1')).toMatchObject({ stderr: fatal('cpus and quota/period should be used separately'), exitCode: 1 });
    expect(await s.run('nerdctl update -m 64m --memory-swap 32m u1')).toMatchObject({ stderr: fatal('minimum memoryswap limit should be larger than memory limit, see usage'), exitCode: 1 });
    expect(await s.run('nerdctl update -m 32m --memory-reservation 64m u1')).toMatchObject({ stderr: fatal('minimum memory limit can not be less than memory reservation limit, see usage'), exitCode: 1 });
    expect(await s.run('nerdctl update --blkio-weight 100 u1')).toMatchObject({ stderr: fatal('kernel support for cgroup blkio weight missing, weight discarded'), exitCode: 1 });
    expect(await s.run('nerdctl update -m 64m nope')).toMatchObject({ stderr: fatal('no such container nope'), exitCode: 1 });
    expect(await read(s, '/sys/fs/cgroup/memory/memory.limit_in_bytes')).toBe('67108864\n');
  });

  it('a paused container\'s spec changes but its cgroup only at the next start', async () => {
    const s = await started();
    await s.run('nerdctl pause u1');
    expect((await s.run('nerdctl update --pids-limit 7 u1')).exitCode).toBe(0);
    await s.run('nerdctl unpause u1');
    expect(await read(s, '/sys/fs/cgroup/pids/pids.max')).toBe('max\n');
  });
});
