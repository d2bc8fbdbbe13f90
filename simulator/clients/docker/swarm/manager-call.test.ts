// The swarm commands on node1's dockerd, which is in no swarm: the texts and exit codes a private
// real dockerd 20.10.24 gave on 2026-12-05 (tests/oracle/docker/scripts/20-command-groups.sh).

import { describe, expect, it } from 'vitest';
import { createSession } from '../../../index';

const NOT_MANAGER = 'This node is not a swarm manager. Use "docker swarm init" or "docker swarm join" to connect this node to swarm and try again.';

function session() {
  const s = createSession({ seed: 3, now: () => Date.UTC(2026, 11, 5) });
  return async (line: string) => {
    const r = await s.run(line);
    return { stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode };
  };
}

describe('swarm-mode commands on a daemon in no swarm', () => {
  it('the manager API refuses ls, create, rm, update alike', async () => {
    const run = session();
    for (const line of ['docker node ls', 'docker service ls', 'docker config ls', 'docker secret ls', 'docker stack ls', 'docker swarm ca', 'docker service create busybox', 'echo hi | docker secret create x -']) {
      expect(await run(line), line).toEqual({ stdout: '', stderr: `Error response from daemon: ${NOT_MANAGER}\n`, exitCode: 1 });
    }
  });
  it('inspect prints [] and the error wrapped once more', async () => {
    const run = session();
    expect(await run('docker node inspect self')).toEqual({ stdout: '[]\n', stderr: `Status: Error response from daemon: ${NOT_MANAGER}, Code: 1\n`, exitCode: 1 });
  });
  it('leave, unlock, unlock-key and join-token each in their own words', async () => {
    const run = session();
    expect(await run('docker swarm leave')).toEqual({ stdout: '', stderr: 'Error response from daemon: This node is not part of a swarm\n', exitCode: 1 });
    expect(await run('docker swarm unlock')).toEqual({ stdout: '', stderr: 'Error: This node is not part of a swarm\n', exitCode: 1 });
    expect((await run('docker swarm unlock-key')).stderr).toBe(`could not fetch unlock key: Error response from daemon: ${NOT_MANAGER}\n`);
    expect(await run('docker swarm join-token nosuch')).toEqual({ stdout: '', stderr: 'unknown role nosuch\n', exitCode: 1 });
    expect(await run('docker swarm join --token abc 127.0.0.1:1')).toEqual({ stdout: '', stderr: 'Error response from daemon: invalid join token\n', exitCode: 1 });
  });
  it('service scale checks every argument first, then reports each service', async () => {
    const run = session();
    expect((await run('docker service scale x')).stderr).toBe(
      "Invalid scale specifier 'x'.\nSee 'docker service scale --help'.\n\nUsage:  docker service scale SERVICE=REPLICAS [SERVICE=REPLICAS...]\n\nScale one or multiple replicated services\n",
    );
    expect(await run('docker service scale x=a y=2')).toEqual({
      stdout: '',
      stderr: `x: invalid replicas value a: strconv.ParseUint: parsing "a": invalid syntax\ny: Error response from daemon: ${NOT_MANAGER}\n`,
      exitCode: 1,
    });
  });
  it('stack deploy needs a Compose file it can read before it asks the daemon', async () => {
    const run = session();
    expect((await run('docker stack deploy x')).stderr).toBe('Please specify a Compose file (with --compose-file)\n');
    expect((await run('docker stack deploy -c nosuch.yml x')).stderr).toBe('open nosuch.yml: no such file or directory\n');
    await run("printf 'version: \"3\"\\n' > stack.yml");
    expect(await run('docker stack deploy -c stack.yml x')).toEqual({
      stdout: '',
      stderr: 'this node is not a swarm manager. Use "docker swarm init" or "docker swarm join" to connect this node to swarm and try again\n',
      exitCode: 1,
    });
  });
  it('swarm init is refused honestly, never a fake swarm', async () => {
    const run = session();
    const r = await run('docker swarm init');
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toMatch(/docker swarm init is not simulated here/);
  });
});
