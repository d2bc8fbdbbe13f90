// What busybox ps inside a container sees of the processes runc started: a shell that exec'd a
// busybox applet shows as that applet (ash runs a NOEXEC applet in its own process and names it,
// busybox 1.36 ash.c tryexec), and a process's user is its spec's uid named through the ps
// container's own /etc/passwd, or the bare number when that file has no such user (as the CRI
// oracle's runtime-edges scenario recorded for a pod's pause process, uid 65535).
import { describe, expect, it } from 'vitest';
import { createSession } from '../../shell/session';

const BUSYBOX = 'docker.io/library/busybox:latest';
const session = () => createSession({ seed: 46, now: () => Date.UTC(2026, 11, 6, 7, 10, 0) });

describe('busybox ps and the processes runc started', () => {
  // sleep is no NOEXEC applet: ash execve's it, so its command line is its own (the real node: `1 root sleep 1000`).
  it('an `exec sleep` in sh -c is sleep, by name and command line', async () => {
    const s = session();
    await s.run(`ctr i pull ${BUSYBOX}`);
    await s.run(`ctr run -d ${BUSYBOX} t1 sh -c 'echo hi; exec sleep 1000'`);
    expect((await s.run('ctr t exec --exec-id e1 t1 ps -o comm')).stdout).toBe('COMMAND\nsleep\nps\n');
    expect((await s.run('ctr t exec --exec-id e2 t1 ps')).stdout).toMatch(/^PID {3}USER {5}COMMAND\n {4}1 root {5}sleep 1000\n/);
  });

  it('a user that the container\'s /etc/passwd names shows by name, another by its number', async () => {
    const s = session();
    await s.run(`ctr i pull ${BUSYBOX}`);
    await s.run(`nerdctl run -d --name t2 --user 65534 ${BUSYBOX} sleep 1000`);
    expect((await s.run('nerdctl exec t2 ps -o user')).stdout).toBe('USER\nnobody\nnobody\n');
    await s.run(`nerdctl run -d --name t3 --user 65535 ${BUSYBOX} sleep 1000`);
    expect((await s.run('nerdctl exec t3 ps -o user,comm')).stdout).toBe('USER     COMMAND\n65535    sleep\n65535    ps\n');
  });
});
