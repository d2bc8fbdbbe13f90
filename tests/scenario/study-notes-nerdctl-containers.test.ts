// The study notes' nerdctl container flow on one simulated node (nerdctl 0.22.2): run -d with a
// published port, ps -a / container ls -a, an interactive shell through exec -it, logs with the
// access line of a request from the node, inspect, top, stop, rm, and the same through the
// `container` management command. Each line gets the real tool's answer, never an internal
// fault or a "not simulated".

import { describe, expect, it } from 'vitest';
import { createSession } from '../../simulator/index';

describe('the study notes, nerdctl container walk-through', () => {
  const session = createSession({ seed: 11, now: () => Date.UTC(2026, 11, 1, 8, 0, 0) });
  const run = async (line: string, tty = false) => {
    const r = await session.run(line, { tty });
    expect(r.stdout + r.stderr).not.toMatch(/internal simulator error|not simulated here/);
    return r;
  };
  let id = '';

  it('$ nerdctl run -d --name mynginx -p 80:80 nginx:alpine', async () => {
    const r = await run('nerdctl run -d --name mynginx -p 80:80 nginx:alpine');
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toMatch(/^[0-9a-f]{64}\n$/);
    expect(r.stderr).toContain('docker.io/library/nginx:alpine:');
    id = r.stdout.trim();
  });

  it('$ nerdctl ps -a and nerdctl container ls -a', async () => {
    await run('sleep 5');
    const expected =
      'CONTAINER ID    IMAGE                             COMMAND                   CREATED          STATUS    PORTS                 NAMES\n' +
      `${id.slice(0, 12)}    docker.io/library/nginx:alpine    "/docker-entrypoint.…"    5 seconds ago    Up        0.0.0.0:80->80/tcp    mynginx\n`;
    expect((await run('nerdctl ps -a')).stdout).toBe(expected);
    expect((await run('nerdctl container ls -a')).stdout).toBe(expected);
  });

  it('$ curl localhost, then nerdctl logs mynginx shows the start-up lines and the access line', async () => {
    expect((await run('curl -s localhost')).stdout).toContain('<title>Welcome to nginx!</title>');
    const logs = await run('nerdctl logs mynginx');
    expect(logs.stdout).toMatch(/^\/docker-entrypoint\.sh: \/docker-entrypoint\.d\/ is not empty, will attempt to perform configuration\n/);
    expect(logs.stdout).toContain('/docker-entrypoint.sh: Configuration complete; ready for start up\n');
    expect(logs.stdout).toMatch(/\n10\.4\.0\.1 - - \[01\/Dec\/2026:08:00:\d\d \+0000\] "GET \/ HTTP\/1\.1" 200 615 "-" "curl\/7\.88\.1" "-"\n$/);
    expect(logs.stderr).toContain('[notice] 1#1: start worker processes\n');
  });

  it('$ nerdctl exec -it mynginx sh: the image shell, exit returns to the node', async () => {
    const first = await run('nerdctl exec -it mynginx sh', true);
    // The shell's start-up output ends with its first prompt.
    expect(first.stdout).toContain('BusyBox v1.37.0');
    expect(first.stdout).toContain('/ # ');
    expect((await run('cat /etc/hostname', true)).stdout).toBe(`${id.slice(0, 12)}\n`);
    expect(session.prompt()).toBe('/ # ');
    expect((await run('hostname', true)).stdout).toBe(`${id.slice(0, 12)}\n`);
    const done = await run('exit', true);
    expect(done.exitCode).toBe(0);
    expect(session.prompt()).toBe('root@node1:~# ');
    expect((await run('hostname')).stdout).toBe('node1\n');
  });

  it('$ nerdctl inspect mynginx: dockercompat JSON', async () => {
    const r = await run('nerdctl inspect mynginx');
    const [c] = JSON.parse(r.stdout) as Array<Record<string, any>>;
    expect(Object.keys(c ?? {})).toEqual([
      'Id', 'Created', 'Path', 'Args', 'State', 'Image', 'ResolvConfPath', 'HostnamePath', 'LogPath', 'Name', 'RestartCount',
      'Driver', 'Platform', 'AppArmorProfile', 'Mounts', 'Config', 'NetworkSettings',
    ]);
    expect(c?.State).toMatchObject({ Status: 'running', Running: true, Paused: false, Restarting: false, ExitCode: 0, FinishedAt: '0001-01-01T00:00:00Z' });
    expect(c?.NetworkSettings.Ports).toEqual({ '80/tcp': [{ HostIp: '0.0.0.0', HostPort: '80' }] });
    expect(c?.NetworkSettings.IPAddress).toBe('10.4.0.2');
    expect(Object.keys(c?.NetworkSettings.Networks)).toEqual(['unknown-eth0']);
    expect(r.stdout).toContain('\n    {\n        "Id": ');
    expect((await run("nerdctl inspect -f '{{.NetworkSettings.IPAddress}}' mynginx")).stdout).toBe('10.4.0.2\n');
  });

  it('$ nerdctl top mynginx: ps -ef of the container', async () => {
    const lines = (await run('nerdctl top mynginx')).stdout.split('\n');
    expect(lines[0]).toBe('UID                 PID                 PPID                C                   STIME               TTY                 TIME                CMD');
    expect(lines[1]).toMatch(/^root {16}\d+ +\d+ +0 {19}08:00 {15}\? {19}00:00:00 {12}nginx: master process nginx -g daemon off;$/);
    expect(lines.filter((l) => l.endsWith('nginx: worker process'))).toHaveLength(2);
  });

  it('$ nerdctl stats --no-stream', async () => {
    const r = await run('nerdctl stats --no-stream');
    expect(r.stdout.split('\n')[0]).toBe('CONTAINER ID   NAME      CPU %     MEM USAGE / LIMIT   MEM %     NET I/O   BLOCK I/O   PIDS');
    expect(r.stdout.split('\n')[1]).toMatch(new RegExp(`^${id.slice(0, 12)}   mynginx   \\d+\\.\\d\\d%     `));
  });

  it('$ nerdctl stop mynginx; nerdctl rm mynginx', async () => {
    expect(await run('nerdctl stop mynginx')).toMatchObject({ stdout: 'mynginx\n', exitCode: 0 });
    expect((await run('nerdctl ps -a')).stdout).toContain('Exited (0) Less than a second ago');
    expect(await run('nerdctl rm mynginx')).toMatchObject({ stdout: 'mynginx\n', exitCode: 0 });
    expect((await run('nerdctl ps -a -q')).stdout).toBe('');
    expect((await run('curl -s localhost')).exitCode).toBe(7);
  });

  it('$ nerdctl container run / stop / rm', async () => {
    const r = await run('nerdctl container run -d --name web -p 8080:80 nginx:alpine');
    expect(r.exitCode).toBe(0);
    expect((await run('curl -s localhost:8080')).stdout).toContain('Welcome to nginx!');
    expect(await run('nerdctl container stop web')).toMatchObject({ stdout: 'web\n', exitCode: 0 });
    expect(await run('nerdctl container rm web')).toMatchObject({ stdout: 'web\n', exitCode: 0 });
    expect((await run('ctr c ls -q')).stdout).toBe('');
    expect((await run('ls /var/lib/nerdctl/1935db59/names/default')).stdout).toBe('');
  });
});
