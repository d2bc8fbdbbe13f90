// Ctrl-C at a reading PID 1 that ignores SIGINT (`docker run -i busybox cat` on a terminal): a
// real docker 20.10.24 passes the signal on (--sig-proxy, cli/command/container/signals.go
// ForwardAllSignals), the kernel drops it for a PID 1 without a handler, and the CLI stays
// attached printing nothing; the terminal here detaches instead and says so in docker's terms,
// not ctr's. `docker exec -i` passes no signal on: Ctrl-C ends the CLI and the process runs on,
// as a real one does, with nothing to add.

import { describe, expect, it } from 'vitest';
import { createSession } from '../../../index';

async function busybox() {
  const s = createSession({ seed: 4, now: () => Date.UTC(2026, 11, 7, 10, 30, 0) });
  await s.run('docker pull -q busybox');
  return s;
}

describe('Ctrl-C at an attached reader that ignores it', () => {
  it('docker run -i: docker’s words and docker kill, the container still up', async () => {
    const s = await busybox();
    await s.run('docker run -i --name r1 busybox cat', { tty: true });
    expect((await s.run('hello', { tty: true })).stdout).toBe('hello\n');
    const r = await s.interrupt('SIGINT');
    expect(r.stderr).toMatch(/^ctrlab: "cat" runs as PID 1 and ignores SIGINT, so a real docker would stay attached; detached here instead — the container keeps running \(docker kill [0-9a-f]{12}\)\n$/);
    expect(r.stderr).not.toContain('ctr tasks kill');
    expect((await s.run("docker ps --format '{{.Names}} {{.State}}'")).stdout).toBe('r1 running\n');
  });

  it('docker run -it: its detach keys are named', async () => {
    const s = await busybox();
    await s.run('docker run -it --name r2 busybox cat', { tty: true });
    const r = await s.interrupt('SIGINT');
    expect(r.stderr + r.stdout).toContain('so a real docker would stay attached (Ctrl-P Ctrl-Q detaches); detached here instead');
  });

  it('docker exec -i: Ctrl-C ends the CLI alone, silently, the process runs on', async () => {
    const s = await busybox();
    await s.run('docker run -d --name r3 busybox sleep 1000');
    await s.run('docker exec -i r3 cat', { tty: true });
    const r = await s.interrupt('SIGINT');
    expect(r.stderr).toBe('');
    expect(r.exitCode).toBe(130);
  });
});
