// docker run / create against the simulated dockerd, byte for byte what a private real dockerd
// 20.10.24 (Debian docker.io, /usr/bin/docker 20.10.24+dfsg1, --bridge none, busybox imported from
// busybox-static) printed for the same lines on 2026-12-05 (helper D1's runs: the conflict, the
// 127/126 start failures, the client's flag refusals, --rm's exit code, the container's files).

import { describe, expect, it } from 'vitest';
import { createSession } from '../../../index';

const NOW = Date.UTC(2026, 11, 5, 4, 26, 0);

async function session() {
  const s = createSession({ seed: 11, now: () => NOW });
  await s.run('docker pull busybox');
  return async (line: string) => {
    const r = await s.run(line);
    return { stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode };
  };
}

describe('docker run', () => {
  it('-d prints the 64-hex id; the name is then in use (409, exit 125 with the help hint)', async () => {
    const run = await session();
    const id = (await run('docker run -d --name b1 busybox sleep 3600')).stdout.trim();
    expect(id).toMatch(/^[0-9a-f]{64}$/);
    expect(await run('docker run --name b1 busybox true')).toEqual({
      stdout: '',
      stderr: `docker: Error response from daemon: Conflict. The container name "/b1" is already in use by container "${id}". You have to remove (or rename) that container to be able to reuse that name.\nSee 'docker run --help'.\n`,
      exitCode: 125,
    });
  });

  it('attached: the output, the container’s exit code; --rm leaves nothing', async () => {
    const run = await session();
    expect(await run('docker run --rm busybox echo hello')).toEqual({ stdout: 'hello\n', stderr: '', exitCode: 0 });
    expect(await run('docker run --rm busybox sh -c "exit 3"')).toEqual({ stdout: '', stderr: '', exitCode: 3 });
    expect(await run('docker run busybox sh -c "echo err >&2; echo out"')).toEqual({ stdout: 'out\n', stderr: 'err\n', exitCode: 0 });
    expect((await run('docker ps -aq')).stdout.split('\n').filter(Boolean)).toHaveLength(1);
  });

  it('a command that cannot start: 127 not found, 126 not executable; the container stays Created', async () => {
    const run = await session();
    const notFound = await run('docker run -d --name nf busybox nosuchcmd');
    expect(notFound.stdout).toMatch(/^[0-9a-f]{64}\n$/);
    expect(notFound.stderr).toBe(
      'docker: Error response from daemon: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: exec: "nosuchcmd": executable file not found in $PATH: unknown.\n',
    );
    expect(notFound.exitCode).toBe(127);
    const denied = await run('docker run busybox /etc/passwd');
    expect(denied.stderr).toBe(
      'docker: Error response from daemon: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: exec: "/etc/passwd": permission denied: unknown.\n' +
        'time="2026-12-05T04:26:00Z" level=error msg="error waiting for container: context canceled"\n',
    );
    expect(denied.exitCode).toBe(126);
    expect((await run('docker ps -a --format "{{.Names}} {{.Status}}" -f name=nf')).stdout).toBe('nf Created\n');
  });

  it('the client’s and the daemon’s refusals of bad settings', async () => {
    const run = await session();
    const hint = "See 'docker run --help'.\n";
    expect(await run('docker run --restart=bogus busybox')).toEqual({ stdout: '', stderr: `docker: Error response from daemon: invalid restart policy 'bogus'.\n${hint}`, exitCode: 125 });
    expect(await run('docker run --restart=on-failure:x busybox')).toEqual({ stdout: '', stderr: `docker: maximum retry count must be an integer.\n${hint}`, exitCode: 125 });
    expect(await run('docker run --restart=always --rm busybox')).toEqual({ stdout: '', stderr: `docker: Conflicting options: --restart and --rm.\n${hint}`, exitCode: 125 });
    expect(await run("docker run --name 'a b' busybox")).toEqual({
      stdout: '',
      stderr: `docker: Error response from daemon: Invalid container name (a b), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed.\n${hint}`,
      exitCode: 125,
    });
    expect(await run('docker run -m 1k busybox')).toEqual({ stdout: '', stderr: `docker: Error response from daemon: Minimum memory limit allowed is 6MB.\n${hint}`, exitCode: 125 });
    expect((await run('docker ps -aq')).stdout).toBe('');
  });

  it('-e, -w, --hostname, --entrypoint, and the hostname, hosts and resolv.conf dockerd writes', async () => {
    const run = await session();
    const out = (await run('docker run -e A=1 -w /tmp busybox sh -c \'echo $A; pwd; cat /etc/hosts\'')).stdout;
    expect(out).toBe('1\n/tmp\n127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\nfe00::0\tip6-localnet\nff00::0\tip6-mcastprefix\nff02::1\tip6-allnodes\nff02::2\tip6-allrouters\n' + out.split('\n').at(-2) + '\n');
    expect(out.split('\n').at(-2)).toMatch(/^172\.17\.0\.\d+\t[0-9a-f]{12}$/);
    expect((await run('docker run --hostname hh busybox hostname')).stdout).toBe('hh\n');
    expect((await run('docker run --entrypoint echo busybox hi')).stdout).toBe('hi\n');
    const id = (await run('docker create busybox cat /etc/hostname')).stdout.trim();
    expect((await run(`docker start -a ${id}`)).stdout).toBe(`${id.slice(0, 12)}\n`);
  });

  it('a missing image is pulled first (stderr), then run', async () => {
    const s = createSession({ seed: 11, now: () => NOW });
    const r = await s.run('docker run --rm alpine echo hi');
    expect(r.stdout).toBe('hi\n');
    expect(r.stderr.split('\n')[0]).toBe("Unable to find image 'alpine:latest' locally");
    expect(r.stderr).toContain('Status: Downloaded newer image for alpine:latest\n');
  });
});
