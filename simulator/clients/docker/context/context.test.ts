// docker context on node1: the store under ~/.docker/contexts, the current context in
// config.json, and the endpoint every other command dials — the real 20.10.24 client's texts
// (tests/oracle/docker/scripts/20-command-groups.sh).

import { describe, expect, it } from 'vitest';
import { createSession } from '../../../index';

function session() {
  const s = createSession({ seed: 5, now: () => Date.UTC(2026, 11, 5) });
  return async (line: string) => {
    const r = await s.run(line);
    return { stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode };
  };
}

const HEADER = 'NAME        DESCRIPTION                               DOCKER ENDPOINT               KUBERNETES ENDPOINT   ORCHESTRATOR\n';

describe('docker context', () => {
  it('the default context alone, in memory', async () => {
    const run = session();
    expect(await run('docker context ls')).toEqual({
      stdout: `${HEADER}default *   Current DOCKER_HOST based configuration   unix:///var/run/docker.sock                         swarm\n`,
      stderr: '',
      exitCode: 0,
    });
    expect((await run("docker context inspect -f '{{.Storage.MetadataPath}}'")).stdout).toBe('<IN MEMORY>\n');
    expect(await run('ls /root/.docker')).toMatchObject({ exitCode: 2 });
  });
  it('create, use, and the endpoint other commands dial', async () => {
    const run = session();
    expect(await run('docker context create remote --docker host=tcp://1.2.3.4:2375')).toEqual({ stdout: 'remote\n', stderr: 'Successfully created context "remote"\n', exitCode: 0 });
    expect((await run('docker context create remote')).stderr).toBe('context "remote" already exists\n');
    expect((await run('docker context create default')).stderr).toBe('"default" is a reserved context name\n');
    expect(await run('docker context use remote')).toEqual({ stdout: 'remote\n', stderr: 'Current context is now "remote"\n', exitCode: 0 });
    expect((await run('cat /root/.docker/config.json')).stdout).toContain('"currentContext": "remote"');
    expect((await run('docker ps')).stderr).toBe('Cannot connect to the Docker daemon at tcp://1.2.3.4:2375. Is the docker daemon running?\n');
    expect((await run('docker --context default ps')).exitCode).toBe(0);
    expect((await run('docker --context nosuch ps')).stderr).toBe('unable to resolve docker endpoint: context "nosuch" does not exist\n');
    expect((await run('docker context rm remote')).stderr).toBe('remote: context "remote" is in use, set -f flag to force remove\n');
    expect(await run('docker context rm -f remote')).toEqual({ stdout: 'remote\n', stderr: '', exitCode: 0 });
    expect((await run('docker ps')).exitCode).toBe(0);
  });
  it('DOCKER_HOST, even empty, picks the default context; set, it warns', async () => {
    const run = session();
    await run('docker context create c1 --docker host=tcp://1.2.3.4:2375');
    await run('docker context use c1');
    expect((await run('DOCKER_HOST= docker context ls -q')).stdout).toBe('c1\ndefault\n');
    expect((await run("DOCKER_HOST= docker context ls --format '{{.Name}} {{.Current}}'")).stdout).toBe('c1 false\ndefault true\n');
    expect((await run('DOCKER_HOST=unix:///var/run/docker.sock docker context ls -q')).stderr).toBe(
      'Warning: DOCKER_HOST environment variable overrides the active context. To use a context, either set the global --context flag, or unset DOCKER_HOST environment variable.\n',
    );
  });
});
