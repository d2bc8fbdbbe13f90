import { describe, expect, it } from 'vitest';
import { createSession } from '../../../index';

const BB = 'docker.io/library/busybox:latest';

async function session() {
  let t = Date.UTC(2026, 10, 28, 5, 14, 0);
  const s = createSession({ seed: 7, now: () => (t += 7) });
  await s.run(`ctr i pull ${BB}`);
  return s;
}

describe('ctr run on a terminal', () => {
  it('keeps the terminal for an interactive sh until it exits', async () => {
    const s = await session();
    const first = await s.run(`ctr run --rm -t ${BB} t2 sh`, { tty: true });
    // The banner comes through the pty: CR LF line ends (onlcr).
    expect(first.stdout).toContain("built-in shell (ash)\r\nEnter 'help' for a list of built-in commands.\r\n\r\n/ # \u001b[6n");
    expect(s.prompt()).toBe('');
    expect((await s.run('cd /etc', { tty: true })).stdout).toBe('');
    expect(s.prompt()).toBe('/etc # ');
    const last = await s.run('echo inside; exit 5', { tty: true });
    expect(last).toEqual({ stdout: 'inside\n', stderr: '', exitCode: 5 });
    expect(s.prompt()).toMatch(/^root@node1:/);
    expect((await s.run('ctr c ls -q')).stdout).toBe('');
  });

  it('runs -t -d and exec -t into it', async () => {
    const s = await session();
    const r = await s.run(`ctr run -t -d ${BB} t4 sh`, { tty: true });
    expect(r.stdout.endsWith('/ # \u001b[6n')).toBe(true);
    expect(s.prompt()).toMatch(/^root@node1:/);
    await s.run('ctr tasks exec -t --exec-id sh1 t4 sh', { tty: true });
    expect((await s.run('hostname', { tty: true })).stdout).toBe('node1\n');
    expect((await s.run('exit', { tty: true })).exitCode).toBe(0);
    expect((await s.run('ctr t ls')).stdout).toMatch(/t4 +\d+ +RUNNING\n$/);
  });

  it('forwards Ctrl-C to a long-running process and detaches when PID 1 ignores it', async () => {
    const s = await session();
    await s.run(`ctr run ${BB} l1 sleep 3600`, { tty: true });
    const r = await s.interrupt('SIGINT');
    expect(r.exitCode).toBe(130);
    expect(r.stderr).toMatch(/ignores SIGINT/);
    expect((await s.run('ctr t ls')).stdout).toMatch(/l1 +\d+ +RUNNING\n$/);
  });

  it('stops an attached nginx with Ctrl-C (nginx handles SIGINT and exits 0)', async () => {
    const s = await session();
    await s.run('ctr i pull docker.io/library/nginx:alpine');
    const r = await s.run('ctr run --rm docker.io/library/nginx:alpine n1', { tty: true });
    expect(r.stdout).toContain('Configuration complete; ready for start up');
    const stop = await s.interrupt('SIGINT');
    expect(stop.exitCode).toBe(0);
    expect(stop.stderr).toContain('signal 2 (SIGINT) received from 0, exiting');
    expect((await s.run('ctr c ls -q')).stdout).toBe('');
  });

  it('asks the resolved program how it reads the terminal, not the command line text', async () => {
    for (const argv of ['/bin/busybox sh', 'sh -i', '/bin/sh -l']) {
      const s = await session();
      const first = await s.run(`ctr run --rm -t ${BB} i1 ${argv}`, { tty: true });
      expect(first.stdout).toContain('/ # ');
      expect((await s.run('echo typed', { tty: true })).stdout).toBe('typed\n');
      expect((await s.run('exit 3', { tty: true })).exitCode).toBe(3);
    }
    for (const argv of ['cat -', '/bin/busybox cat']) {
      const s = await session();
      await s.run(`ctr run --rm -t ${BB} e1 ${argv}`, { tty: true });
      expect((await s.run('hello', { tty: true })).stdout).toBe('hello\n');
    }
  });

  it('ends a shell that outgrows its memory with SIGKILL, as the OOM killer would', async () => {
    const s = await session();
    const loop = `sh -c 'x=a; while true; do x="$x$x"; done'`;
    expect(await s.run(`ctr run --rm ${BB} m1 ${loop}`)).toEqual({ stdout: '', stderr: '', exitCode: 137 });
    expect((await s.run(`ctr run -d ${BB} m2 ${loop}`)).exitCode).toBe(0);
    expect((await s.run('ctr t ls')).stdout).toMatch(/m2 +\d+ +STOPPED\n$/);
  });

  it('waits for a short sleep in simulated time', async () => {
    const s = await session();
    const r = await s.run(`ctr run --rm ${BB} z1 sh -c "sleep 5; echo done"`);
    expect(r).toEqual({ stdout: 'done\n', stderr: '', exitCode: 0 });
  });
});
