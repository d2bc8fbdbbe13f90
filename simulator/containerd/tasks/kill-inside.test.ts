// Signals one process of a container sends another (busybox kill, nginx -s), as a real
// containerd 1.6.20 node delivers them (tests/oracle/scripts/busybox-kill.sh, 21/21, and
// tests/oracle/docker/scripts/kill-from-inside.sh against dockerd 20.10.24): PID 1 is shielded
// from what it has no handler for, SIGKILL included; a handled signal ends it after the
// sender's exec is done, and the sender's own exit stays its own.
import { describe, expect, it } from 'vitest';
import { createSession } from '../../index';

const NOW = () => Date.UTC(2026, 11, 7, 14, 0, 0);

async function node() {
  const s = createSession({ seed: 24, now: NOW });
  await s.run('ctr i pull docker.io/library/busybox:latest');
  return s;
}

describe('signals from inside a container', () => {
  it('leaves PID 1 running on kill -9 1 and kill 1 when it has no handler', async () => {
    const s = await node();
    await s.run('ctr run -d docker.io/library/busybox:latest k1 sleep 300');
    expect(await s.run('ctr t exec --exec-id a k1 kill -9 1')).toMatchObject({ exitCode: 0, stderr: '' });
    expect(await s.run('ctr t exec --exec-id b k1 kill 1')).toMatchObject({ exitCode: 0 });
    expect((await s.run('ctr t ls')).stdout).toMatch(/k1\s+\d+\s+RUNNING/);
  });

  it('ends PID 1 through its trap, with the trap’s code', async () => {
    const s = await node();
    await s.run(`ctr run -d docker.io/library/busybox:latest k2 sh -c 'trap "exit 7" TERM; while true; do sleep 1; done'`);
    expect((await s.run('ctr t exec --exec-id a k2 kill -s TERM 1')).exitCode).toBe(0);
    await s.run('sleep 1');
    expect((await s.run('ctr t ls')).stdout).toMatch(/k2\s+\d+\s+STOPPED/);
    expect((await s.run('ctr t rm k2')).stderr).toContain('exit code 7');
  });

  it('refuses a PID no process has', async () => {
    const s = await node();
    await s.run('ctr run -d docker.io/library/busybox:latest k3 sleep 300');
    expect(await s.run('ctr t exec --exec-id a k3 kill 999')).toMatchObject({ exitCode: 1, stderr: "kill: can't kill pid 999: No such process\n" });
  });

  it('lets nginx -s quit stop the master, and docker exec still returns 0', async () => {
    const s = createSession({ seed: 25, now: NOW });
    await s.run('docker run -d --name web nginx:alpine');
    const r = await s.run('docker exec web nginx -s quit');
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toMatch(/^\d{4}\/\d\d\/\d\d \d\d:\d\d:\d\d \[notice\] (\d+)#\1: signal process started\n$/);
    expect((await s.run("docker ps -a --format '{{.Names}} {{.Status}}'")).stdout).toMatch(/^web Exited \(0\)/);
    const reload = createSession({ seed: 26, now: NOW });
    await reload.run('docker run -d --name web nginx:alpine');
    expect((await reload.run('docker exec web nginx -s reload')).exitCode).toBe(0);
    await reload.run('sleep 1');
    expect((await reload.run('docker logs web')).stderr).toMatch(/signal 1 \(SIGHUP\) received from \d+, reconfiguring/);
    expect((await reload.run("docker ps --format '{{.Names}} {{.Status}}'")).stdout).toMatch(/^web Up/);
  });
});

describe('signals a shell and its children send', () => {
  it('arrive when the shell sends them, not when it starts', async () => {
    const s = await node();
    await s.run(`ctr run -d docker.io/library/busybox:latest late sh -c 'trap "exit 5" USR1; while true; do sleep 1; done'`);
    expect((await s.run(`ctr t exec -d --exec-id a late sh -c 'sleep 3; kill -USR1 1'`)).exitCode).toBe(0);
    await s.run('sleep 1');
    expect((await s.run('ctr t ls')).stdout).toMatch(/late\s+\d+\s+RUNNING/);
    await s.run('sleep 3');
    expect((await s.run('ctr t ls')).stdout).toMatch(/late\s+\d+\s+STOPPED/);
    expect((await s.run('ctr t rm late')).stderr).toContain('exit code 5');
  });

  it('reach PID 1 from ash’s builtin kill, from a kill the shell runs and through xargs', async () => {
    const s = await node();
    await s.run(`ctr run -d docker.io/library/busybox:latest t1 sh -c 'trap "exit 3" HUP; while true; do sleep 1; done'`);
    expect(await s.run(`ctr t exec --exec-id a t1 sh -c 'kill -HUP 1; echo sent'`)).toMatchObject({ exitCode: 0, stdout: 'sent\n' });
    await s.run('sleep 1');
    expect((await s.run('ctr t ls')).stdout).toMatch(/t1\s+\d+\s+STOPPED/);
    await s.run(`ctr run -d docker.io/library/busybox:latest t2 sh -c 'trap "exit 4" USR1; while true; do sleep 1; done'`);
    await s.run(`ctr t exec --exec-id a t2 sh -c 'echo 1 | xargs /bin/kill -USR1'`);
    await s.run('sleep 1');
    expect((await s.run('ctr t ls')).stdout).toMatch(/t2\s+\d+\s+STOPPED/);
    expect((await s.run('ctr t rm t2')).stderr).toContain('exit code 4');
  });
});
