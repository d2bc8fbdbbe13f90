// docker cp's odd paths as 20.10.24 answers them (docker/cli cp.go, pkg/archive/copy.go
// PrepareArchiveCopy, moby daemon/archive.go), each checked on a private real dockerd first
// (tests/oracle/docker/scripts/54-learner-fresh-i.sh).

import { describe, expect, it } from 'vitest';
import { sessionWithBusybox as pulled } from './test-support';

describe('docker cp with odd paths', () => {
  it("fails a source with a file before its end with the daemon's lstat, under the merged directory", async () => {
    const run = await pulled();
    await run('docker run -d --name c1 busybox sleep 1000');
    const merged = (await run("docker inspect -f '{{.GraphDriver.Data.MergedDir}}' c1")).stdout.trim();
    expect(await run('docker cp c1:/etc/hostname/ /tmp/x')).toEqual({ stdout: '', stderr: `Error response from daemon: lstat ${merged}/etc/hostname/: not a directory\n`, exitCode: 1 });
    expect((await run('docker cp c1:/etc/hostname/x /tmp/x')).stderr).toBe(`Error response from daemon: lstat ${merged}/etc/hostname/x: not a directory\n`);
  });

  it('refuses a file onto a trailing-slash destination that is a file, and a directory onto a file', async () => {
    const run = await pulled();
    await run('docker run -d --name c1 busybox sleep 1000');
    await run('mkdir -p /tmp/d && echo t > /tmp/d/t');
    expect(await run('docker cp /tmp/d/t c1:/etc/hostname/')).toEqual({ stdout: '', stderr: 'no such directory\n', exitCode: 1 });
    expect((await run('docker cp /tmp/d c1:/etc/hostname')).stderr).toBe('cannot copy directory\n');
    expect((await run('docker cp c1:/tmp /tmp/d/t')).stderr).toBe('cannot copy directory\n');
  });

  it("names the destination's parent for a missing container (the CLI's stat failed, so it was taken as missing)", async () => {
    const run = await pulled();
    await run('echo t > /tmp/t');
    expect((await run('docker cp /tmp/t nosuch:/tmp')).stderr).toBe('Error: No such container:path: nosuch:/\n');
    expect((await run('docker cp /tmp/t nosuch:/a/b')).stderr).toBe('Error: No such container:path: nosuch:/a\n');
    expect((await run('docker cp /tmp/t nosuch:/tmp/')).stderr).toBe('no such directory\n');
  });

  it('takes nothing into a --read-only rootfs outside its volumes', async () => {
    const run = await pulled();
    await run('docker run -d --name ro --read-only -v vol:/data busybox sleep 1000');
    await run('echo t > /tmp/t');
    expect(await run('docker cp /tmp/t ro:/tmp/')).toEqual({ stdout: '', stderr: 'Error response from daemon: container rootfs is marked read-only\n', exitCode: 1 });
    expect(await run('docker cp /tmp/t ro:/data/')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    expect((await run('docker exec ro cat /data/t')).stdout).toBe('t\n');
  });

  it("logs archive-path once the GET is made, though the CLI's copy then fails; not when the local parent is missing", async () => {
    const run = await pulled();
    await run('docker run -d --name c1 busybox sleep 1000');
    await run('echo t > /tmp/f');
    expect((await run('docker cp c1:/tmp /tmp/f')).stderr).toBe('cannot copy directory\n');
    expect((await run('docker cp c1:/etc/hostname /tmp/nodir/')).stderr).toBe('no such directory\n');
    expect((await run('docker cp c1:/etc/hostname /tmp/nodir/x/y')).stderr).toMatch(/^invalid output path/);
    await run('sleep 1');
    expect((await run("docker events --since 1h --until 0s --filter event=archive-path --format '{{.Action}}'")).stdout).toBe('archive-path\narchive-path\n');
  });
});
