// runc creates the process's working directory when it creates the container (prepareRootfs:
// MkdirAll(cwd, 0755) in the new root). Checked with runc 1.1.5 on this machine: a bundle whose
// process.cwd is /nope/deeper runs `pwd` there and leaves /nope and /nope/deeper, 0755, in its
// rootfs. `runc exec` does not: it only changes into the directory (runc-checks.ts).
import { describe, expect, it } from 'vitest';
import { createSession } from '../../shell/session';

const BUSYBOX = 'docker.io/library/busybox:latest';
const session = () => createSession({ seed: 45, now: () => Date.UTC(2026, 11, 6, 5, 10, 0) });

describe('runc create and the working directory', () => {
  it('makes a missing --cwd in the container snapshot, seen by the process itself', async () => {
    const s = session();
    await s.run(`ctr i pull ${BUSYBOX}`);
    const r = await s.run(`ctr run --rm --cwd /nope/deeper ${BUSYBOX} t1 sh -c 'pwd; ls -ld /nope/deeper'`);
    expect(r.stdout).toMatch(/^\/nope\/deeper\ndrwxr-xr-x {4}2 root {5}root {10}4096 .* \/nope\/deeper\n$/);
    expect(r.exitCode).toBe(0);
  });

  it('a file on the way fails the create with mkdir\'s error; exec into a missing cwd fails at chdir', async () => {
    const s = session();
    await s.run(`ctr i pull ${BUSYBOX}`);
    const bad = await s.run(`ctr run --rm --cwd /etc/passwd/x ${BUSYBOX} t2 pwd`);
    expect(bad.stderr).toContain('error during container init: mkdir /etc/passwd: not a directory');
    await s.run(`ctr run -d ${BUSYBOX} t3 sleep 100`);
    const exec = await s.run('ctr t exec --exec-id e1 --cwd /missing t3 pwd');
    expect(exec.stderr).toContain('chdir to cwd ("/missing") set in config.json failed: no such file or directory');
  });
});
