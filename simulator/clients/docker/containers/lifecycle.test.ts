// start/stop/kill/pause/unpause/rename/wait/logs/restart policies through the docker CLI, the
// texts as a private real dockerd 20.10.24 (/usr/bin/docker 20.10.24+dfsg1) printed them for the
// same lines on 2026-12-05 (helper D1's runs, busybox imported from busybox-static).

import { describe, expect, it } from 'vitest';
import { createSession } from '../../../index';

const NOW = Date.UTC(2026, 11, 5, 4, 26, 25);

async function session() {
  const s = createSession({ seed: 12, now: () => NOW });
  await s.run('docker pull busybox');
  const run = async (line: string) => {
    const r = await s.run(line);
    return { stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode };
  };
  return { s, run };
}

describe('docker container lifecycle', () => {
  it('create, start -a, start, logs; a missing one; kill/pause of a stopped one', async () => {
    const { run } = await session();
    const id = (await run('docker create --name c1 busybox echo hi')).stdout.trim();
    expect(await run('docker start -a c1')).toEqual({ stdout: 'hi\n', stderr: '', exitCode: 0 });
    expect(await run('docker start c1')).toEqual({ stdout: 'c1\n', stderr: '', exitCode: 0 });
    expect((await run('docker logs c1')).stdout).toBe('hi\nhi\n');
    expect(await run('docker start nosuch')).toEqual({ stdout: '', stderr: 'Error response from daemon: No such container: nosuch\nError: failed to start containers: nosuch\n', exitCode: 1 });
    expect(await run('docker stop nosuch')).toEqual({ stdout: '', stderr: 'Error response from daemon: No such container: nosuch\n', exitCode: 1 });
    expect(await run('docker kill nosuch')).toEqual({ stdout: '', stderr: 'Error response from daemon: Cannot kill container: nosuch: No such container: nosuch\n', exitCode: 1 });
    expect(await run('docker kill c1')).toEqual({ stdout: '', stderr: `Error response from daemon: Cannot kill container: c1: Container ${id} is not running\n`, exitCode: 1 });
    expect(await run('docker pause c1')).toEqual({ stdout: '', stderr: `Error response from daemon: Container ${id} is not running\n`, exitCode: 1 });
    expect(await run('docker wait c1')).toEqual({ stdout: '0\n', stderr: '', exitCode: 0 });
    expect(await run('docker logs nosuch')).toEqual({ stdout: '', stderr: 'Error: No such container: nosuch\n', exitCode: 1 });
  });

  it('pause, unpause, kill -s, stop of a sleep (SIGTERM ignored by PID 1: killed after -t), rename', async () => {
    const { run } = await session();
    const id = (await run('docker run -d --name b1 busybox sleep 3600')).stdout.trim();
    expect(await run('docker unpause b1')).toEqual({ stdout: '', stderr: `Error response from daemon: Container ${id} is not paused\n`, exitCode: 1 });
    expect(await run('docker pause b1')).toEqual({ stdout: 'b1\n', stderr: '', exitCode: 0 });
    expect(await run('docker pause b1')).toEqual({ stdout: '', stderr: `Error response from daemon: Container ${id} is already paused\n`, exitCode: 1 });
    expect((await run('docker ps --format "{{.Status}}"')).stdout).toBe('Up Less than a second (Paused)\n');
    expect(await run('docker unpause b1')).toEqual({ stdout: 'b1\n', stderr: '', exitCode: 0 });
    expect(await run('docker kill -s BOGUS b1')).toEqual({ stdout: '', stderr: 'Error response from daemon: Invalid signal: BOGUS\n', exitCode: 1 });
    expect(await run('docker kill -s HUP b1')).toEqual({ stdout: 'b1\n', stderr: '', exitCode: 0 });
    expect(await run('docker rename b1 b1')).toEqual({ stdout: '', stderr: 'Error response from daemon: Renaming a container with the same name as its current name\nError: failed to rename container named b1\n', exitCode: 1 });
    expect(await run('docker rename nosuch x')).toEqual({ stdout: '', stderr: 'Error response from daemon: No such container: nosuch\nError: failed to rename container named nosuch\n', exitCode: 1 });
    expect(await run('docker rename b1 b2')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    expect(await run('docker stop -t 1 b2')).toEqual({ stdout: 'b2\n', stderr: '', exitCode: 0 });
    expect((await run('docker ps -a --format "{{.Names}} {{.Status}}"')).stdout).toBe('b2 Exited (137) Less than a second ago\n');
    expect(await run('docker restart b2')).toEqual({ stdout: 'b2\n', stderr: '', exitCode: 0 });
    expect((await run('docker ps --format "{{.Names}}"')).stdout).toBe('b2\n');
  });

  it('logs: --tail, -t, --details, --since, --until, a bad --since; the json-file on the node', async () => {
    const { run } = await session();
    const id = (await run("docker run -d --name l1 busybox sh -c 'for i in 1 2 3 4 5; do echo line$i; done; echo oops >&2'")).stdout.trim();
    expect(await run('docker logs l1')).toEqual({ stdout: 'line1\nline2\nline3\nline4\nline5\n', stderr: 'oops\n', exitCode: 0 });
    expect(await run('docker logs --tail 2 l1')).toEqual({ stdout: 'line5\n', stderr: 'oops\n', exitCode: 0 });
    expect(await run('docker logs --tail=0 l1')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    expect((await run('docker logs -t --tail 1 l1')).stderr).toMatch(/^2026-12-05T04:26:25\.\d+Z oops\n$/);
    expect((await run('docker logs --details --tail 1 l1')).stderr).toBe(' oops\n');
    expect((await run('docker logs --since 1h --tail 1 l1')).stderr).toBe('oops\n');
    expect(await run('docker logs --until 2000-01-01 l1')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    expect(await run('docker logs --since bogus l1')).toEqual({ stdout: '', stderr: 'invalid value for "since": failed to parse value as time or duration: "bogus"\n', exitCode: 1 });
    expect(await run('docker logs -f l1')).toEqual({ stdout: 'line1\nline2\nline3\nline4\nline5\n', stderr: 'oops\n', exitCode: 0 });
    const file = (await run(`cat /var/lib/docker/containers/${id}/${id}-json.log`)).stdout.split('\n');
    expect(file[0]).toMatch(/^\{"log":"line1\\n","stream":"stdout","time":"2026-12-05T04:26:25\.\d+Z"\}$/);
    expect((await run(`stat -c %a /var/lib/docker/containers/${id}/${id}-json.log`)).stdout).toBe('640\n');
  });

  it('restart policies: on-failure:2 runs three times; always comes back until stopped', async () => {
    const { run } = await session();
    await run("docker run -d --name r1 --restart on-failure:2 busybox sh -c 'echo try; exit 4'");
    await run('sleep 4');
    expect((await run('docker logs r1')).stdout).toBe('try\ntry\ntry\n');
    expect((await run('docker inspect -f "{{.RestartCount}} {{.State.Status}}" r1')).stdout).toBe('2 exited\n');
    await run("docker run -d --name a1 --restart always busybox sh -c 'echo a; exit 1'");
    await run('sleep 3');
    expect(Number((await run('docker inspect -f "{{.RestartCount}}" a1')).stdout.trim())).toBeGreaterThanOrEqual(3);
    expect(await run('docker stop a1')).toEqual({ stdout: 'a1\n', stderr: '', exitCode: 0 });
    const count = (await run('docker inspect -f "{{.RestartCount}} {{.State.Status}}" a1')).stdout;
    await run('sleep 5');
    expect((await run('docker inspect -f "{{.RestartCount}} {{.State.Status}}" a1')).stdout).toBe(count);
    expect(count).toMatch(/ exited\n$/);
  });
});

describe('the docker unit stopping and starting', () => {
  it('stops the running containers (live-restore off); at start `always` comes back, the rest stays exited', async () => {
    const { run } = await session();
    await run('docker run -d --name aa --restart always busybox sleep 3600');
    await run('docker run -d --name nn busybox sleep 3600');
    await run('systemctl stop docker');
    expect(await run('docker ps')).toEqual({ stdout: '', stderr: 'Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?\n', exitCode: 1 });
    expect((await run('ctr -n moby t ls -q')).stdout).toBe('');
    await run('systemctl start docker');
    expect((await run('docker ps -a --format "{{.Names}} {{.State}}"')).stdout).toBe('nn exited\naa running\n');
    expect((await run('ctr -n moby t ls -q')).stdout.split('\n').filter(Boolean)).toHaveLength(1);
  });
});
