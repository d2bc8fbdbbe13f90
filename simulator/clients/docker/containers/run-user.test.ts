// docker run/create/exec against the simulated dockerd, as a private real dockerd 20.10.24
// (Debian docker.io, busybox from busybox-static with root and nobody in its passwd and group
// files) printed the same lines on 2026-12-05 (tests/oracle/docker/pending/11-containers.sh,
// 12-exec-inspect.sh). The busybox here is the simulated docker.io one: its group file names
// 65534 `nogroup` and lists root in wheel (moby getUser's Sgids), where the oracle's has neither.

import { describe, expect, it } from 'vitest';
import { createSession } from '../../../index';

const NOW = Date.UTC(2026, 11, 5, 7, 40, 0);

async function session() {
  const s = createSession({ seed: 17, now: () => NOW });
  await s.run('docker pull busybox');
  return async (line: string) => {
    const r = await s.run(line);
    return { stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode };
  };
}

const NOT_FOUND = 'docker: Error response from daemon: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: exec: "nosuch": executable file not found in $PATH: unknown.\n';

describe('a --rm container whose start fails', () => {
  it('is removed, attached (no wait error logged), detached, or started later', async () => {
    const run = await session();
    expect(await run('docker run --rm busybox nosuch')).toEqual({ stdout: '', stderr: NOT_FOUND, exitCode: 127 });
    const detached = await run('docker run --rm -d busybox nosuch');
    expect(detached.stdout).toMatch(/^[0-9a-f]{64}\n$/);
    expect(detached.exitCode).toBe(127);
    await run('docker create --rm --name cr busybox nosuch');
    expect((await run('docker start cr')).stderr).toContain('Error: failed to start containers: cr\n');
    expect((await run('docker ps -aq')).stdout).toBe('');
  });
  it('without --rm stays Created and the attached CLI logs its cancelled wait', async () => {
    const run = await session();
    expect((await run('docker run busybox nosuch')).stderr).toBe(`${NOT_FOUND}time="2026-12-05T07:40:00Z" level=error msg="error waiting for container: context canceled"\n`);
    expect((await run('docker ps -a --format "{{.Status}}"')).stdout).toBe('Created\n');
  });
});

describe('-u from the image’s passwd and group files', () => {
  it('run -u: names, ids, explicit groups, the primary gid first', async () => {
    const run = await session();
    expect((await run('docker run --rm -u nobody busybox id')).stdout).toBe('uid=65534(nobody) gid=65534(nogroup) groups=65534(nogroup)\n');
    expect((await run('docker run --rm -u 1000:1000 busybox id')).stdout).toBe('uid=1000 gid=1000 groups=1000\n');
    expect((await run('docker run --rm -u 1000 busybox id')).stdout).toBe('uid=1000 gid=0(root) groups=0(root)\n');
    expect((await run('docker run --rm -u nobody:root busybox id')).stdout).toBe('uid=65534(nobody) gid=0(root) groups=0(root)\n');
    expect((await run('docker run --rm busybox id')).stdout).toBe('uid=0(root) gid=0(root) groups=0(root),10(wheel)\n');
    expect(await run('docker run --rm -u 1000 busybox whoami')).toEqual({ stdout: '', stderr: 'whoami: unknown uid 1000\n', exitCode: 1 });
  });
  it('run -u of a name the files lack fails the start (125) and leaves nothing with --rm', async () => {
    const run = await session();
    expect(await run('docker run --rm -u nosuch busybox id')).toEqual({ stdout: '', stderr: 'docker: Error response from daemon: unable to find user nosuch: no matching entries in passwd file.\n', exitCode: 125 });
    expect((await run('docker run --rm -d -u nobody:nosuch busybox id')).stderr).toBe('docker: Error response from daemon: unable to find group nosuch: no matching entries in group file.\n');
    expect((await run('docker ps -aq')).stdout).toBe('');
  });
  it('exec -u, -w and the refusals of a paused or stopped container', async () => {
    const run = await session();
    await run('docker run --name u1 -d -u nobody busybox sleep 3600');
    expect((await run('docker exec u1 id')).stdout).toBe('uid=65534(nobody) gid=65534(nogroup) groups=65534(nogroup)\n');
    expect((await run('docker exec -u root u1 id')).stdout).toBe('uid=0(root) gid=0(root) groups=0(root),10(wheel)\n');
    expect((await run('docker exec -u 1000:1000 u1 id')).stdout).toBe('uid=1000 gid=1000 groups=1000\n');
    expect(await run('docker exec -u nosuch u1 id')).toEqual({ stdout: 'unable to find user nosuch: no matching entries in passwd file\r\n', stderr: '', exitCode: 126 });
    expect(await run('docker exec -d -u nosuch u1 id')).toEqual({ stdout: '', stderr: 'Error response from daemon: unable to find user nosuch: no matching entries in passwd file\n', exitCode: 1 });
    expect((await run('docker exec -w /etc/passwd u1 pwd')).stdout).toBe(
      'OCI runtime exec failed: exec failed: unable to start container process: chdir to cwd ("/etc/passwd") set in config.json failed: not a directory: unknown: Are you trying to mount a directory onto a file (or vice-versa)? Check if the specified host path exists and is the expected type\r\n',
    );
    await run('docker pause u1');
    expect(await run('docker exec u1 true')).toEqual({ stdout: '', stderr: 'Error response from daemon: Container u1 is paused, unpause the container before exec\n', exitCode: 1 });
  });
});

describe('create and the container’s world', () => {
  it('a pull that fails is the daemon’s error as main prints it: exit 1, no docker: prefix or hint', async () => {
    const s = createSession({ seed: 17, now: () => NOW });
    const r = await s.run('docker create nosuch:1');
    expect(r.stderr.split('\n').slice(0, 2)).toEqual(["Unable to find image 'nosuch:1' locally", expect.stringMatching(/^Error response from daemon: /)]);
    expect(r.exitCode).toBe(1);
  });
  it('create attaches stdout and stderr (stdin with -i), run -d none', async () => {
    const run = await session();
    await run('docker create --name c1 busybox true');
    await run('docker create -i --name c2 busybox true');
    await run('docker run -d --name c3 busybox true');
    const format = "'{{.Config.AttachStdin}} {{.Config.AttachStdout}} {{.Config.AttachStderr}} {{.Config.StdinOnce}}'";
    expect((await run(`docker inspect --format ${format} c1 c2 c3`)).stdout).toBe('false true true false\ntrue true true true\nfalse false false false\n');
  });
  it('/.dockerenv in every root; --network host takes the node’s name', async () => {
    const run = await session();
    expect((await run('docker run --rm busybox ls -a /')).stdout.split('\n').slice(0, 4)).toEqual(['.', '..', '.dockerenv', 'bin']);
    expect((await run('docker run --rm --network host busybox hostname')).stdout).toBe((await run('hostname')).stdout);
  });
});
