// nerdctl run's resource flags as generateCgroupOpts (cmd/nerdctl/run_cgroup_linux.go@v0.22.2)
// reads them (no nerdctl binary on these machines): the spec's linux.resources, what the
// container reads in /sys/fs/cgroup, nerdctl's own refusals before the image is looked at, and
// runc's refusals (texts recorded from runc 1.1.5 on a cgroup v1 machine) at task creation.
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../shell/session';

const session = () => createSession({ seed: 12, now: () => Date.UTC(2026, 11, 6, 1, 0, 0) });
type Spec = { linux: { resources: Record<string, unknown>; namespaces: { type: string }[] } };
const specOf = async (s: ReturnType<typeof session>, name: string): Promise<Spec> => {
  const id = (await s.run(`nerdctl inspect -f '{{.Id}}' ${name}`)).stdout.trim();
  return JSON.parse((await s.run(`ctr c info --spec ${id}`)).stdout) as Spec;
};

describe('nerdctl run resource flags', () => {
  it('puts every limit in the spec in specs.LinuxResources order and the cgroup shows them', async () => {
    const s = session();
    const r = await s.run('nerdctl run -d --name r1 -m 64m --memory-reservation 32m --memory-swap 256m --memory-swappiness 10 --oom-kill-disable --pids-limit 20 --cpuset-cpus 1 --cpuset-mems 0 --cpu-shares 512 --cpus 0.5 busybox sleep 3600');
    expect(r.exitCode).toBe(0);
    expect(r.stderr).not.toContain('level=');
    const { resources } = (await specOf(s, 'r1')).linux;
    expect(Object.keys(resources)).toEqual(['devices', 'memory', 'cpu', 'pids']);
    expect(JSON.stringify(resources.memory)).toBe('{"limit":67108864,"reservation":33554432,"swap":268435456,"swappiness":10,"disableOOMKiller":true}');
    expect(JSON.stringify(resources.cpu)).toBe('{"shares":512,"quota":50000,"period":100000,"cpus":"1","mems":"0"}');
    expect(resources.pids).toEqual({ limit: 20 });
    const cat = await s.run(
      'nerdctl exec r1 cat /sys/fs/cgroup/memory/memory.soft_limit_in_bytes /sys/fs/cgroup/memory/memory.memsw.limit_in_bytes /sys/fs/cgroup/memory/memory.swappiness /sys/fs/cgroup/pids/pids.max /sys/fs/cgroup/cpuset/cpuset.cpus /sys/fs/cgroup/memory/memory.oom_control',
    );
    expect(cat.stdout).toBe('33554432\n268435456\n10\n20\n1\noom_kill_disable 1\nunder_oom 0\noom_kill 0\n');
  });

  it('without flags the memory part holds only a swap of 0, and -1 means unlimited swap', async () => {
    const s = session();
    await s.run('nerdctl run -d --name r2 busybox sleep 3600');
    expect((await specOf(s, 'r2')).linux.resources.memory).toEqual({ swap: 0 });
    await s.run('nerdctl run -d --name r3 -m 64m --memory-swap -1 busybox sleep 3600');
    expect((await specOf(s, 'r3')).linux.resources.memory).toEqual({ limit: 67108864, swap: -1 });
    expect((await s.run('nerdctl exec r3 cat /sys/fs/cgroup/memory/memory.memsw.limit_in_bytes')).stdout).toBe('9223372036854771712\n');
  });

  it('--cpu-quota alone brings a period of 0 (oci.WithCPUCFS sets both)', async () => {
    const s = session();
    await s.run('nerdctl run -d --name r4 --cpu-quota 50000 busybox sleep 3600');
    expect((await specOf(s, 'r4')).linux.resources.cpu).toEqual({ quota: 50000, period: 0 });
  });

  it('--cgroupns private adds a cgroup namespace; host leaves the defaults', async () => {
    const s = session();
    await s.run('nerdctl run -d --name r5 --cgroupns private busybox sleep 3600');
    expect((await specOf(s, 'r5')).linux.namespaces.map((n) => n.type)).toEqual(['pid', 'ipc', 'uts', 'mount', 'network', 'cgroup']);
  });

  it.each([
    ['-m 64m --memory-swap 32m', 'minimum memoryswap limit should be larger than memory limit, see usage'],
    ['-m 32m --memory-reservation 64m', 'minimum memory limit can not be less than memory reservation limit, see usage'],
    ['--memory-swappiness 101', 'invalid value: 101, valid memory swappiness range is 0-100'],
    ['--memory-swap abc', 'failed to parse memory-swap bytes "abc": invalid size: \'abc\''],
    ['--memory-reservation 1x', 'failed to parse memory bytes "1x": invalid size: \'1x\''],
    ['--cpus 1 --cpu-period 100000', 'cpus and quota/period should be used separately'],
    ['--cgroup-conf memory.high=1', 'cannot use --cgroup-conf without cgroup v2'],
    ['--cgroupns bogus', 'unknown cgroupns mode "bogus"'],
  ])('%s is refused before the image is looked at: %s', async (flags, why) => {
    const s = session();
    const r = await s.run(`nerdctl run -d ${flags} no-such-image:1`);
    expect(r.exitCode).toBe(1);
    // logrus's fatal line quotes the message and escapes its quotes.
    expect(r.stderr).toBe(`time="2026-12-06T01:00:00Z" level=fatal msg="${why.replaceAll('"', '\\"')}"\n`);
  });

  it('warns about a noop kernel memory, a blkio weight the kernel lacks and an unlimited OOM-free container', async () => {
    const s = session();
    const r = await s.run('nerdctl run -d --name r6 --kernel-memory 10m --blkio-weight 300 --oom-kill-disable busybox sleep 3600');
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toContain('The --kernel-memory flag is no longer supported. This flag is a noop.');
    expect(r.stderr).toContain("Disabling the OOM killer on containers without setting a '-m/--memory' limit may be dangerous.");
    expect(r.stderr).toContain('kernel support for cgroup blkio weight missing, weight discarded');
    expect((await specOf(s, 'r6')).linux.resources.blockIO).toBeUndefined();
  });

  it('leaves to runc what the kernel refuses: a cpuset past the CPUs, a swap limit without a memory limit', async () => {
    const s = session();
    const cpus = await s.run('nerdctl run -d --name r7 --cpuset-cpus 0-3 busybox sleep 3600');
    expect(cpus.exitCode).toBe(1);
    expect(cpus.stderr).toMatch(/runc create failed: unable to start container process: unable to apply cgroup configuration: failed to write \\"0-3\\": write \/sys\/fs\/cgroup\/cpuset\/default\/[0-9a-f]{64}\/cpuset.cpus: numerical result out of range: unknown/);
    const swap = await s.run('nerdctl run -d --name r8 --memory-swap 200m busybox sleep 3600');
    expect(swap.exitCode).toBe(1);
    expect(swap.stderr).toMatch(/error setting cgroup config for procHooks process: failed to write \\"209715200\\": write \/sys\/fs\/cgroup\/memory\/default\/[0-9a-f]{64}\/memory.memsw.limit_in_bytes: invalid argument: unknown/);
  });
});
