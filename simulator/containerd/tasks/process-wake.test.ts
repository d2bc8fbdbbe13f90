import { describe, expect, it } from 'vitest';
import { createSession } from '../../shell/session';
import { pendingTimers } from '../../host/scheduler';

const POLL = "sh -c 'echo waiting; while [ ! -e /data/go ]; do sleep 0.1; done; echo after; exit 3'";

async function waitingTask() {
  const s = createSession({ seed: 4, now: () => Date.UTC(2026, 11, 5, 1, 0, 0) });
  await s.run('mkdir /root/data');
  await s.run('ctr i pull docker.io/library/alpine:3.21');
  await s.run(`ctr run -d --mount type=bind,src=/root/data,dst=/data,options=rbind:rw docker.io/library/alpine:3.21 c1 ${POLL}`);
  return s;
}

describe('a task whose process waits on the world', () => {
  it('goes on when a file appears in its bind mount after it started, on the node\'s clock', async () => {
    const s = await waitingTask();
    await s.run('sleep 2');
    expect((await s.run('ctr t ls')).stdout).toMatch(/c1\s+\d+\s+RUNNING/);
    // One pending look at a time, however long it waits.
    expect(pendingTimers(s.node)).toBeLessThan(5);
    await s.run('touch /root/data/go');
    await s.run('sleep 0.2');
    expect((await s.run('ctr t ls')).stdout).toMatch(/c1\s+\d+\s+STOPPED/);
    // The script's own status (exit 3 after the loop), not a kill's.
    const init = s.node.state.containerd.namespaces.default?.tasks.c1?.init;
    expect(init?.exitStatus).toBe(3);
  });

  it('adds up the rounds of a long sleep on the node instead of running each, and still sees the file right after', async () => {
    const s = await waitingTask();
    await s.run('sleep 3600');
    const init = s.node.state.containerd.namespaces.default?.tasks.c1?.init;
    // The next look is the first round after the hour (rounds of 0.1 s from the start).
    const wake = (init?.programState as { wake?: { atMs: number } } | undefined)?.wake;
    expect(wake?.atMs).toBeGreaterThanOrEqual(3_600_000);
    expect(wake?.atMs).toBeLessThan(3_600_300);
    await s.run('touch /root/data/go');
    await s.run('sleep 0.3');
    expect((await s.run('ctr t ls')).stdout).toMatch(/c1\s+\d+\s+STOPPED/);
  });

  it('stops looking when the process is killed', async () => {
    const s = await waitingTask();
    await s.run('ctr t kill -s KILL c1');
    await s.run('sleep 1');
    expect((await s.run('ctr t ls')).stdout).toMatch(/c1\s+\d+\s+STOPPED/);
    expect(pendingTimers(s.node)).toBeLessThan(5);
  });
});
