// docker network disconnect of a container that is not on the network (moby v20.10.24
// daemon/container_operations.go DisconnectFromNetwork): a stopped container is looked up in its
// settings, by the network name as typed ("the network"); a running one through the network's
// endpoints, and --force is never passed on there, so -f fails alike. Checked on a real dockerd
// (tests/oracle/docker/scripts/54-learner-fresh-i.sh).

import { describe, expect, it } from 'vitest';
import { sessionWithBusybox as pulled } from '../containers/test-support';

describe('docker network disconnect of a container not on the network', () => {
  it('words a stopped and a running container differently, with or without -f', async () => {
    const run = await pulled();
    await run('docker network create dn');
    const created = (await run('docker create --name s1 busybox true')).stdout.trim();
    const running = (await run('docker run -d --name r1 busybox sleep 1000')).stdout.trim();
    expect((await run('docker network disconnect dn s1')).stderr).toBe(`Error response from daemon: container ${created} is not connected to the network dn\n`);
    expect((await run('docker network disconnect dn r1')).stderr).toBe(`Error response from daemon: container ${running} is not connected to network dn\n`);
    expect(await run('docker network disconnect -f dn r1')).toEqual({ stdout: '', stderr: `Error response from daemon: container ${running} is not connected to network dn\n`, exitCode: 1 });
  });
});

describe('docker inspect of a volume and a network', () => {
  it('types their maps as docker volume/network inspect do (map[] for an empty one)', async () => {
    const run = await pulled();
    await run('docker volume create --label v=1 iv');
    expect((await run("docker inspect -f '{{.Options}} {{.Labels}}' iv")).stdout).toBe('map[] map[v:1]\n');
    expect((await run("docker inspect -f '{{.Options}} {{.Labels}}' bridge")).stdout).toMatch(/^map\[com\.docker\.network/);
  });
});
