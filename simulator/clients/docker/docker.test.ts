// The docker CLI on node1 as the recorded node printed it (conformance 10/12/13): version,
// info, images and ps on an empty engine, the daemon's unit stopped, and bad input.

import { describe, expect, it } from 'vitest';
import { createSession } from '../../shell/session';

const NOW = Date.UTC(2026, 10, 28, 5, 14, 0);

async function run(line: string, s = createSession({ seed: 1, now: () => NOW })) {
  const r = await s.run(line);
  return { stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode };
}

const NO_DAEMON = 'Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?\n';

describe('docker on an empty engine', () => {
  it('lists no images and no containers, with the recorded headers', async () => {
    expect(await run('docker images')).toEqual({ stdout: 'REPOSITORY   TAG       IMAGE ID   CREATED   SIZE\n', stderr: '', exitCode: 0 });
    expect(await run('docker image ls --digests')).toEqual({
      stdout: 'REPOSITORY   TAG       DIGEST    IMAGE ID   CREATED   SIZE\n',
      stderr: '',
      exitCode: 0,
    });
    expect(await run('docker ps -a')).toEqual({ stdout: 'CONTAINER ID   IMAGE     COMMAND   CREATED   STATUS    PORTS     NAMES\n', stderr: '', exitCode: 0 });
    expect((await run('docker container ls -s')).stdout).toBe('CONTAINER ID   IMAGE     COMMAND   CREATED   STATUS    PORTS     NAMES     SIZE\n');
    expect(await run('docker ps -q; docker images -q')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
  });

  it('runs --format templates, table ones with a header', async () => {
    expect((await run("docker ps --format 'table {{.ID}}\\t{{.Names}}'")).stdout).toBe('CONTAINER ID   NAMES\n');
    expect((await run("docker images --format '{{.Repository}}'")).stdout).toBe('');
    const bad = await run("docker ps --format '{{.Nope'");
    expect(bad.exitCode).not.toBe(0);
  });

  it('prints the version of Debian’s docker.io and its components', async () => {
    const r = await run('docker version');
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain(' Version:           20.10.24+dfsg1\n API version:       1.41\n');
    expect(r.stdout).toContain('  API version:      1.41 (minimum version 1.12)\n');
    expect(r.stdout).toContain(' containerd:\n  Version:          1.6.20~ds1\n  GitCommit:        1.6.20~ds1-1+deb12u3\n');
    expect(r.stdout.endsWith(' docker-init:\n  Version:          0.19.0\n  GitCommit:        \n')).toBe(true);
    expect(await run('docker --version')).toEqual({ stdout: 'Docker version 20.10.24+dfsg1, build 297e128\n', stderr: '', exitCode: 0 });
  });

  it('prints info with the node’s name and counts, a blank line last', async () => {
    const r = await run('docker info');
    expect(r.stdout).toContain('\nServer:\n Containers: 0\n  Running: 0\n  Paused: 0\n  Stopped: 0\n Images: 0\n');
    expect(r.stdout).toContain(' Name: node1\n');
    expect(r.stdout).toMatch(/ ID: ([A-Z2-7]{4}:){11}[A-Z2-7]{4}\n/);
    expect(r.stdout.endsWith(' Live Restore Enabled: false\n\n')).toBe(true);
  });
});

describe('the docker unit', () => {
  it('runs on a fresh node1, enabled', async () => {
    expect((await run('systemctl is-active docker; systemctl is-enabled docker')).stdout).toBe('active\nenabled\n');
  });

  it('stopped, leaves the CLI unable to connect (exit 1); started again, it answers', async () => {
    const s = createSession({ seed: 1, now: () => NOW });
    expect(await run('systemctl stop docker; docker ps', s)).toEqual({ stdout: '', stderr: NO_DAEMON, exitCode: 1 });
    expect(await run('docker images', s)).toEqual({ stdout: '', stderr: NO_DAEMON, exitCode: 1 });
    expect((await run('systemctl start docker; docker ps -q', s)).exitCode).toBe(0);
  });

  it('goes down with containerd (Requires=containerd.service), as 13-daemon-down recorded', async () => {
    const s = createSession({ seed: 1, now: () => NOW });
    expect(await run('systemctl stop containerd; systemctl is-active docker; docker ps', s)).toEqual({ stdout: 'inactive\n', stderr: NO_DAEMON, exitCode: 1 });
  });

  it('without a daemon, version prints the client part, then the error', async () => {
    const s = createSession({ seed: 1, now: () => NOW });
    const r = await run('systemctl stop docker; docker version', s);
    expect(r.stdout.startsWith('Client:\n Version:           20.10.24+dfsg1\n')).toBe(true);
    expect(r.stdout).not.toContain('Server:');
    expect([r.stderr, r.exitCode]).toEqual([NO_DAEMON, 1]);
  });

  it('a host with no daemon behind it cannot be reached either', async () => {
    expect(await run('docker -H unix:///tmp/nobody.sock ps')).toEqual({
      stdout: '',
      stderr: 'Cannot connect to the Docker daemon at unix:///tmp/nobody.sock. Is the docker daemon running?\n',
      exitCode: 1,
    });
  });
});

describe('bad input', () => {
  it('an unknown flag: the flag error, a usage hint and exit 125', async () => {
    expect(await run('docker ps --bogus')).toEqual({ stdout: '', stderr: "unknown flag: --bogus\nSee 'docker ps --help'.\n", exitCode: 125 });
    expect((await run('docker images -z')).exitCode).toBe(125);
  });

  it('a word that is no command (or not simulated yet) is docker’s own refusal', async () => {
    expect(await run('docker frobnicate')).toEqual({ stdout: '', stderr: "docker: 'frobnicate' is not a docker command.\nSee 'docker --help'\n", exitCode: 1 });
  });

  it('a filter dockerd does not know: its refusal, exit 1 (real 20.10.24: `docker ps -f bad=1`)', async () => {
    expect(await run('docker ps -f bad=1')).toEqual({ stdout: '', stderr: "Error response from daemon: Invalid filter 'bad'\n", exitCode: 1 });
  });

  it('too many arguments for images: the usage error and exit 1', async () => {
    const r = await run('docker images a b');
    // The real docker 20.10.24 client (Debian's /usr/bin/docker), byte for byte.
    expect(r.stderr).toBe('"docker images" requires at most 1 argument.\nSee \'docker images --help\'.\n\nUsage:  docker images [OPTIONS] [REPOSITORY[:TAG]]\n\nList images\n');
    expect(r.exitCode).toBe(1);
  });
});

describe('docker and containerd side by side', () => {
  it('an empty docker engine leaves containerd’s moby namespace absent, as on the recorded node', async () => {
    const r = await run('docker ps -a >/dev/null; ctr ns ls -q; ctr -n moby c ls');
    expect(r.stdout).toBe('CONTAINER    IMAGE    RUNTIME    \n');
  });

  it('containerd’s images never show in docker images', async () => {
    const s = createSession({ seed: 1, now: () => NOW });
    await run('ctr i pull docker.io/library/busybox:latest >/dev/null', s);
    expect((await run('docker images -q', s)).stdout).toBe('');
  });
});
