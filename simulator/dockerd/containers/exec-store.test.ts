// dockerd's exec store (moby v20.10.24 daemon/exec.go ContainerExecInspect, daemon/monitor.go):
// an exec runs until containerd's /tasks/exit for it reaches the exit monitor, which records its
// code; GET /exec/{id}/json answers from the store, after the container's task and the
// container are gone too, and the docker CLI ends with that code (kill-from-inside.sh,
// 10-exec-inspect.sh and 69-fresh-exec-logs-events.sh agree with a real dockerd 20.10.24).

import { describe, expect, it } from 'vitest';
import { createSession } from '../../shell/session';
import { connectDockerd } from '../index';

async function daemon() {
  const s = createSession({ seed: 7, now: () => Date.UTC(2026, 10, 28, 5, 14, 0) });
  await s.run('docker pull busybox >/dev/null');
  await s.run('docker run -d --name x1 busybox sleep 1000');
  return { s, api: connectDockerd(s.node) };
}

describe('the exec store', () => {
  it('keeps an exec running until its exit event, then its code', async () => {
    const { s, api } = await daemon();
    const started = api.containers.exec('x1', { cmd: ['sh', '-c', 'sleep 2; exit 3'] });
    if (!started.ok) throw new Error(started.message);
    expect(api.containers.execInspect(started.execId)).toMatchObject({ Running: true, ExitCode: null });
    await s.run('sleep 3');
    expect(api.containers.execInspect(started.execId)).toMatchObject({ Running: false, ExitCode: 3 });
  });

  it('answers for an exec after its container is removed, 404 for an id it never had', async () => {
    const { s, api } = await daemon();
    const started = api.containers.exec('x1', { cmd: ['sh', '-c', 'sleep 1; exit 4'] });
    if (!started.ok) throw new Error(started.message);
    await s.run('sleep 2');
    await s.run('docker rm -f x1');
    expect(api.containers.execInspect(started.execId)).toMatchObject({ Running: false, ExitCode: 4 });
    expect(() => api.containers.execInspect('0'.repeat(64))).toThrow(`No such exec instance: ${'0'.repeat(64)}`);
  });

  it('records a start runc refused as ended with 126', async () => {
    const { api } = await daemon();
    const refused = api.containers.exec('x1', { cmd: ['nosuch'] });
    expect(refused.ok).toBe(false);
    expect(api.containers.execInspect(refused.execId)).toMatchObject({ Running: false, ExitCode: 126 });
  });

  it("is what docker exec's exit code comes from", async () => {
    const { s } = await daemon();
    expect((await s.run("docker exec x1 sh -c 'exit 5'")).exitCode).toBe(5);
    expect((await s.run('docker exec x1 kill 1; echo "status $?"')).stdout).toBe('status 0\n');
  });
});
