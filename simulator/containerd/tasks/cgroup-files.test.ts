import { describe, expect, it } from 'vitest';
import { createSession } from '../../shell/session';
import { connect } from '../client/index';

// The values a real 20.10.24 container printed on the oracle machine are held by
// tests/oracle/docker/scripts/36-cgroup-files.sh; these cover the other clients and the edges.
describe('cgroup files inside containers', () => {
  const session = () => createSession({ seed: 7, now: () => Date.UTC(2026, 11, 5, 21, 0, 0) });

  it('ctr: /proc/self/cgroup names /<namespace>/<id>, and no cgroupfs is mounted (its default spec has none)', async () => {
    const s = session();
    await s.run('ctr i pull docker.io/library/busybox:latest');
    const out = await s.run('ctr run --rm docker.io/library/busybox:latest c1 cat /proc/self/cgroup');
    expect(out.stdout.split('\n')[0]).toBe('9:name=systemd:/default/c1');
    expect(out.stdout.split('\n')[9]).toBe('0::/default/c1');
    const ls = await s.run('ctr run --rm docker.io/library/busybox:latest c2 ls /sys/fs/cgroup');
    // sysfs still has the directory: an empty mount point.
    expect(ls).toMatchObject({ stdout: '', exitCode: 0 });
  });

  it('docker: limits at start, a live update, a read-only mount and write-only files', async () => {
    const s = session();
    await s.run('docker run -d --name m1 -m 64m --cpus 0.5 --cpu-shares 512 busybox sleep 3600');
    const read = async (file: string) => (await s.run(`docker exec m1 cat /sys/fs/cgroup/${file}`)).stdout;
    expect(await read('memory/memory.limit_in_bytes')).toBe('67108864\n');
    // adaptContainerSettings: a memory limit without a swap limit gets twice it.
    expect(await read('memory/memory.memsw.limit_in_bytes')).toBe('134217728\n');
    expect(await read('cpu/cpu.cfs_quota_us')).toBe('50000\n');
    expect(await read('cpu/cpu.shares')).toBe('512\n');
    expect(await read('pids/pids.max')).toBe('max\n');
    expect((await s.run('docker update --pids-limit 30 --cpu-shares 256 m1')).exitCode).toBe(0);
    expect(await read('pids/pids.max')).toBe('30\n');
    expect(await read('cpu/cpu.shares')).toBe('256\n');
    expect(await read('cpu/cpu.cfs_quota_us')).toBe('50000\n');
    const write = await s.run("docker exec m1 sh -c 'echo 1 > /sys/fs/cgroup/pids/pids.max'");
    expect(write.exitCode).not.toBe(0);
    const force = await s.run('docker exec m1 cat /sys/fs/cgroup/memory/memory.force_empty');
    expect(force.stderr).toBe('cat: read error: Invalid argument\n');
    expect(force.exitCode).toBe(1);
  });

  it('the live memory limit is what `ctr t metrics` reports after an update', async () => {
    const s = session();
    await s.run('docker run -d --name m1 busybox sleep 3600');
    const id = (await s.run('docker inspect -f {{.Id}} m1')).stdout.trim();
    const before = (await s.run(`ctr -n moby t metrics ${id}`)).stdout;
    expect(before).toMatch(/memory\.limit_in_bytes\s+9223372036854771712/);
    await s.run('docker update -m 100m --memory-swap 200m m1');
    const after = (await s.run(`ctr -n moby t metrics ${id}`)).stdout;
    expect(after).toMatch(/memory\.limit_in_bytes\s+104857600/);
    // The container's spec in containerd keeps what the start gave it, as dockerd leaves it.
    expect((await s.run(`ctr -n moby c info ${id}`)).stdout).not.toContain('104857600');
  });

  it('the freezer says FROZEN while the task is paused', async () => {
    const s = session();
    await s.run('docker run -d --name p1 busybox sleep 3600');
    const id = (await s.run('docker inspect -f {{.Id}} p1')).stdout.trim();
    const state = () => connect(s.node).withNamespace('moby').containers.loadContainer(id).task().rootfs().lookup('/sys/fs/cgroup/freezer/freezer.state')?.content;
    expect(state()).toBe('THAWED\n');
    await s.run('docker pause p1');
    expect(state()).toBe('FROZEN\n');
    await s.run('docker unpause p1');
    expect(state()).toBe('THAWED\n');
  });
});
