// A task on another platform's layers: the exec fails after runc start (the task exists and
// stops), as runc 1.1.5 on this machine answers an aarch64 ELF: `exec /bin/x: exec format
// error` on the process's stderr, exit status 1. Catalogue layers carry their platform's
// architecture; amd64 and i386 run natively.
import { describe, expect, it } from 'vitest';
import { createSession } from '../../shell/session';

const session = () => createSession({ seed: 42, now: () => Date.UTC(2026, 11, 6, 4, 20, 0) });
const BUSYBOX = 'docker.io/library/busybox:latest';

describe('another CPU architecture', () => {
  it('ctr run --platform linux/arm64: the process cannot exec, the run exits 1', async () => {
    const s = session();
    await s.run(`ctr i pull --platform linux/arm64 ${BUSYBOX}`);
    const r = await s.run(`ctr run --rm --platform linux/arm64 ${BUSYBOX} t1 uname -m`);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('exec /bin/uname: exec format error\n');
    expect(r.exitCode).toBe(1);
  });

  it('ctr run -d: the task starts and stops at once with exit status 1', async () => {
    const s = session();
    await s.run(`ctr i pull --platform linux/arm64 ${BUSYBOX}`);
    expect((await s.run(`ctr run -d --platform linux/arm64 ${BUSYBOX} c1 sleep 100`)).exitCode).toBe(0);
    expect((await s.run('ctr t ls')).stdout).toMatch(/\nc1\s+\d+\s+STOPPED\s*\n$/);
    const info = await s.run('ctr t delete c1');
    expect(info.stdout).toBe('');
    expect(info.exitCode).toBe(0);
  });

  it('i386 layers run, as on an amd64 kernel', async () => {
    const s = session();
    await s.run(`ctr i pull --platform linux/386 ${BUSYBOX}`);
    const r = await s.run(`ctr run --rm --platform linux/386 ${BUSYBOX} t2 echo ok`);
    expect(r.stdout).toBe('ok\n');
    expect(r.exitCode).toBe(0);
  });
});
