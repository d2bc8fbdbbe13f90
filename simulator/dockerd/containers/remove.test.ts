// docker rm through the CLI, over records dockerd keeps (put in place here, as `docker run` —
// later work — will make them): a missing one, a running one refused, -f, an exited one.

import { describe, expect, it } from 'vitest';
import { createSession } from '../../shell/session';
import type { DockerContainerRecord } from '../store/container-record';

const NOW = Date.UTC(2026, 10, 28, 5, 14, 0);
const ID = 'dccfb60605855c9c2e16522225366ba726510b4b1468d18ee619622c00c73066';

function record(status: DockerContainerRecord['state']['status']): DockerContainerRecord {
  return {
    id: ID,
    name: 'b1',
    image: 'busybox',
    imageId: 'fc480f01af0ac256cc3196a957b5ae9d2bec486fc389156e1cfcb470865a7d30',
    created: '2026-11-28T05:13:00Z',
    path: 'sleep',
    args: ['3600'],
    config: {},
    hostConfig: {},
    state: { status, pid: 0, exitCode: status === 'exited' ? 137 : 0, startedAt: '2026-11-28T05:13:01Z', ...(status === 'exited' ? { finishedAt: '2026-11-28T05:13:30Z' } : {}) },
    ipAddress: '',
    restartCount: 0,
  };
}

function withContainer(status: DockerContainerRecord['state']['status']) {
  const s = createSession({ seed: 3, now: () => NOW });
  s.node.state.dockerd.containers[ID] = record(status);
  // The image it was made from, so `busybox` still names it (else ps shows the image id).
  const imageId = record(status).imageId;
  s.node.state.dockerd.images[imageId] = { id: imageId, config: {}, created: '2026-11-28T05:00:00Z', size: 0, diffIds: [], repoDigests: [] };
  s.node.state.dockerd.references['docker.io/library/busybox:latest'] = imageId;
  return async (line: string) => {
    const r = await s.run(line);
    return { stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode };
  };
}

describe('docker rm', () => {
  it('a missing container: the client’s objectNotFoundError, exit 1 (conformance 10 #29)', async () => {
    const run = withContainer('exited');
    expect(await run('docker rm nosuch')).toEqual({ stdout: '', stderr: 'Error: No such container: nosuch\n', exitCode: 1 });
  });

  it('an exited one goes, by name, and docker ps -a no longer lists it', async () => {
    const run = withContainer('exited');
    expect((await run('docker ps -a -q')).stdout).toBe('dccfb6060585\n');
    expect((await run('docker ps -a')).stdout.split('\n')[1]).toBe(
      'dccfb6060585   busybox   "sleep 3600"   About a minute ago   Exited (137) 30 seconds ago             b1',
    );
    expect(await run('docker rm b1')).toEqual({ stdout: 'b1\n', stderr: '', exitCode: 0 });
    expect((await run('docker ps -aq')).stdout).toBe('');
  });

  it('a running one is refused with the recorded text; -f removes it; an id prefix names it', async () => {
    const run = withContainer('running');
    expect(await run('docker rm b1')).toEqual({
      stdout: '',
      stderr: `Error response from daemon: You cannot remove a running container ${ID}. Stop the container before attempting removal or force remove\n`,
      exitCode: 1,
    });
    // A real dockerd 20.10.24: with -f a missing container is printed but exits 0.
    expect(await run('docker rm -f dccf nosuch')).toEqual({ stdout: 'dccf\n', stderr: 'Error: No such container: nosuch\n', exitCode: 0 });
    expect(await run('docker rm dccf')).toEqual({ stdout: '', stderr: 'Error: No such container: dccf\n', exitCode: 1 });
    expect((await run('docker ps -aq')).stdout).toBe('');
  });
});
