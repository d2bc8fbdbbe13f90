// docker cp with `-` as the source: a tar on stdin unpacked into a directory of the container,
// as 20.10.24's CLI (copyToContainer) and daemon answer it (tests/oracle/docker/scripts/60-cp-stdin.sh
// agrees line for line with a private real dockerd); and busybox's id -G / -Gn in it.

import { describe, expect, it } from 'vitest';
import { sessionWithBusybox as pulled } from './test-support';

describe('docker cp - CONTAINER:DIR', () => {
  it('unpacks the tar on stdin into the directory, files and directories under their own names', async () => {
    const run = await pulled();
    await run('docker run -d --name c1 busybox sleep 1000');
    await run('cd /tmp && echo hi > f && mkdir -p d/e && echo x > d/e/g');
    expect(await run('cd /tmp && tar -cf - f d | docker cp - c1:/tmp')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    expect((await run('docker exec c1 cat /tmp/f /tmp/d/e/g')).stdout).toBe('hi\nx\n');
    expect((await run('cd /tmp && echo again > f && tar -cf - f | docker cp - c1:/root/')).exitCode).toBe(0);
    expect((await run('docker exec c1 cat /root/f')).stdout).toBe('again\n');
    expect(await run('docker cp - c1:/tmp < /dev/null')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
  });

  it('wants a directory it can stat, and a tar', async () => {
    const run = await pulled();
    await run('docker run -d --name c1 busybox sleep 1000');
    await run('echo hi > /tmp/f');
    for (const dst of ['c1:/etc/hostname', 'c1:/nosuch', 'nosuch:/tmp']) {
      expect(await run(`tar -cf - -C /tmp f | docker cp - ${dst}`)).toEqual({ stdout: '', stderr: `destination "${dst}" must be a directory\n`, exitCode: 1 });
    }
    expect(await run('echo garbage | docker cp - c1:/tmp')).toEqual({
      stdout: '',
      stderr: 'Error response from daemon: Error processing tar file(exit status 1): unexpected EOF\n',
      exitCode: 1,
    });
  });

  it('takes nothing into a --read-only rootfs', async () => {
    const run = await pulled();
    await run('docker run -d --read-only --name ro busybox sleep 1000');
    await run('echo hi > /tmp/f');
    expect((await run('tar -cf - -C /tmp f | docker cp - ro:/tmp')).stderr).toBe('Error response from daemon: container rootfs is marked read-only\n');
  });
});

describe('busybox id -G in a container', () => {
  it("prints getgroups' list alone, by number or by name", async () => {
    const run = await pulled();
    await run('docker run -d --name c1 busybox sleep 1000');
    expect((await run('docker exec -u 1000:1000 c1 id -G')).stdout).toBe('1000\n');
    expect((await run('docker exec -u nobody c1 id -G')).stdout).toBe('65534\n');
    const all = (await run('docker exec c1 id')).stdout;
    const groups = /groups=(.*)$/m.exec(all)?.[1]?.split(',') ?? [];
    expect((await run('docker exec c1 id -G')).stdout).toBe(`${groups.map((g) => g.replace(/\(.*/, '')).join(' ')}\n`);
    expect((await run('docker exec c1 id -Gn')).stdout).toBe(`${groups.map((g) => /\((.*)\)/.exec(g)?.[1]).join(' ')}\n`);
  });
});
