// ctr shim against a live shim (oracle: tests/oracle/scripts/shim-state.sh, 29/29 on containerd
// 1.6.20): the StateResponse of the init, and the shim's answer for an id it does not hold.
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../shell/session';

describe('ctr shim', () => {
  it('prints the init state, FIFOs the same on every call, and the exit once it ended', async () => {
    const s = createSession({ seed: 7, now: () => Date.UTC(2026, 11, 7, 22, 0, 0) });
    await s.run('ctr i pull docker.io/library/busybox:latest > /dev/null');
    await s.run('ctr run -d docker.io/library/busybox:latest t1 sleep 1000');
    const first = JSON.parse((await s.run('ctr shim --id t1 state')).stdout) as Record<string, unknown>;
    expect(first).toMatchObject({ id: 't1', bundle: '/run/containerd/io.containerd.runtime.v2.task/default/t1', status: 2, exited_at: '0001-01-01T00:00:00Z' });
    expect(String(first.stdout)).toMatch(/^\/run\/containerd\/fifo\/\d+\/t1-stdout$/);
    expect(JSON.parse((await s.run('ctr shim --id t1 state')).stdout)).toEqual(first);
    await s.run('ctr t kill -s KILL t1');
    const stopped = JSON.parse((await s.run('ctr shim --id t1 state')).stdout) as Record<string, unknown>;
    expect(stopped).toMatchObject({ status: 3, exit_status: 137, stdin: first.stdin });
    expect(stopped.exited_at).not.toBe('0001-01-01T00:00:00Z');
    expect(await s.run('ctr shim --id t1 delete')).toEqual({ stdout: '', stderr: 'ctr: rpc error: code = NotFound desc = container not created: not found\n', exitCode: 1 });
  });
});
