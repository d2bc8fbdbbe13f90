// What docker/cli 20.10.24 does before any command (DockerCli.Initialize) and with its global
// flags, as the real CLI answered in oracle 83-fresh-global-flags-help.sh: a bad -l level, a
// config.json that does not decode, -H with an unknown protocol, --tlsverify with no CA, and
// the psFormat / imagesFormat a config file sets; and the classic build's context when the
// Dockerfile lies outside it (85-fresh-build-cp-exec.sh).

import { describe, expect, it } from 'vitest';
import { sessionWithBusybox } from './containers/test-support';

describe('docker global flags and config file', () => {
  it('a bad log level stops every command with exit 1', async () => {
    const run = await sessionWithBusybox();
    expect(await run('docker -l bogus ps')).toEqual({ stdout: '', stderr: 'Unable to parse logging level: bogus\n', exitCode: 1 });
    expect((await run('docker -l DEBUG images -q')).exitCode).toBe(0);
  });

  it('-H with an unknown protocol and --tlsverify without a CA cannot resolve the endpoint', async () => {
    const run = await sessionWithBusybox();
    expect(await run('docker -H bogus://x ps')).toEqual({ stdout: '', stderr: 'unable to resolve docker endpoint: Invalid bind address format: bogus://x\n', exitCode: 1 });
    expect(await run('docker --tlsverify ps')).toEqual({
      stdout: '',
      stderr: 'unable to resolve docker endpoint: open /root/.docker/ca.pem: no such file or directory\n',
      exitCode: 1,
    });
  });

  it('--config names the directory of config.json: its psFormat and imagesFormat stand in for --format', async () => {
    const run = await sessionWithBusybox();
    await run(`mkdir cfg && printf '{"psFormat":"table {{.Names}}\\\\t{{.Status}}","imagesFormat":"{{.Repository}}:{{.Tag}}"}' > cfg/config.json`);
    expect((await run('docker --config cfg ps')).stdout).toBe('NAMES     STATUS\n');
    expect((await run('docker --config cfg images')).stdout).toBe('busybox:latest\n');
    // -q keeps images to ids; --format wins over the file.
    expect((await run('docker --config cfg images -q')).stdout).toMatch(/^[0-9a-f]{12}\n$/);
    expect((await run("docker --config cfg images --format '{{.Tag}}'")).stdout).toBe('latest\n');
    expect((await run('docker images --format x')).stdout).toBe('x\n');
  });

  it('a config.json that does not decode is warned about and the command goes on', async () => {
    const run = await sessionWithBusybox();
    await run("mkdir cfg && printf 'not json' > cfg/config.json");
    expect(await run('docker --config cfg ps -q')).toEqual({
      stdout: '',
      stderr: "WARNING: Error loading config file: cfg/config.json: invalid character 'o' in literal null (expecting 'u')\n",
      exitCode: 0,
    });
  });
});

describe('docker build with the Dockerfile outside the context', () => {
  it('adds its random name to .dockerignore, so a COPY of the whole context misses the cache', async () => {
    const run = await sessionWithBusybox();
    await run("mkdir ctx && echo t > ctx/top.txt && printf 'FROM busybox\\nCOPY . /ctx\\nRUN true\\n' > df");
    await run('docker build -q -f df -t one ctx');
    expect((await run('docker build -f df -t two ctx')).stdout).not.toContain('Using cache');
    expect((await run("docker run --rm two sh -c 'ls -A /ctx; grep -c dockerfile /ctx/.dockerignore'")).stdout).toBe('.dockerignore\ntop.txt\n1\n');
    // Inside the context the Dockerfile is sent as it is, and the cache holds.
    await run("printf 'FROM busybox\\nCOPY . /ctx\\n' > ctx/Dockerfile");
    await run('docker build -q -t three ctx');
    expect((await run('docker build -t four ctx')).stdout).toContain('Using cache');
  });

  it('-q prints the buffered upload progress on stderr when the daemon refuses the request', async () => {
    const run = await sessionWithBusybox();
    expect(await run("printf '' | docker build -q -")).toEqual({
      stdout: '',
      stderr: 'Sending build context to Docker daemon  1.536kB\r\r\nError response from daemon: the Dockerfile (Dockerfile) cannot be empty\n',
      exitCode: 1,
    });
  });
});
