import { describe, expect, it } from 'vitest';
import { createSession } from '../../shell/session';
import { liveResources } from './cgroup-resources';
import { updateTaskResources } from './update-resources';

describe('a task cgroup\'s live resources', () => {
  const started = async () => {
    const s = createSession({ seed: 3, now: () => Date.UTC(2026, 11, 5, 21, 0, 0) });
    await s.run('ctr i pull docker.io/library/busybox:latest');
    await s.run('ctr run -d --memory-limit 10000000 --cpu-quota 20000 --cpu-period 100000 docker.io/library/busybox:latest t1 sleep 3600');
    return s;
  };

  it('start as the spec has them', async () => {
    const s = await started();
    const r = liveResources(s.node, 'default', 't1');
    expect(r.memory?.limit).toBe(10000000);
    expect(r.cpu?.quota).toBe(20000);
  });

  it('take only the non-zero values of an update (runc update), and a pids limit of -1 lifts it', async () => {
    const s = await started();
    updateTaskResources(s.node, 'default', 't1', { memory: { limit: 20000000 }, cpu: { quota: 0, period: 0, shares: 256 }, pids: { limit: 40 } });
    let r = liveResources(s.node, 'default', 't1');
    expect(r.memory?.limit).toBe(20000000);
    expect(r.cpu).toMatchObject({ quota: 20000, period: 100000, shares: 256 });
    expect(r.pids?.limit).toBe(40);
    updateTaskResources(s.node, 'default', 't1', { pids: { limit: -1 } });
    r = liveResources(s.node, 'default', 't1');
    expect(r.pids).toBeUndefined();
    expect((await s.run('ctr t metrics t1')).stdout).toMatch(/memory\.limit_in_bytes\s+19996672/);
  });

  it('are refused once the task has stopped', async () => {
    const s = await started();
    await s.run('ctr t kill -s SIGKILL t1');
    expect(() => updateTaskResources(s.node, 'default', 't1', { memory: { limit: 1 } })).toThrow('container t1 is not running');
  });
});
