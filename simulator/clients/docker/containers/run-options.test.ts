// docker run's host options and the prune filters, as a real dockerd 20.10.24 answered them
// (oracle 38-learner-fresh-d.sh): --add-host and --dns* in the container's /etc files, --tmpfs
// mounted with its mode, capabilities checked at create, --init's docker-init as PID 1 (oracle
// 44), and container / volume / network prune with label and until filters.

import { describe, expect, it } from 'vitest';
import { sessionWithBusybox as pulled } from './test-support';

describe('docker run host options', () => {
  it('--add-host and --dns* write the container’s hosts and resolv.conf', async () => {
    const run = await pulled();
    expect((await run("docker run --rm --add-host h1:10.1.2.3 busybox sh -c 'grep h1 /etc/hosts'")).stdout).toBe('10.1.2.3\th1\n');
    expect((await run('docker run --rm --dns 10.9.9.9 --dns-search ex.local --dns-option ndots:2 busybox cat /etc/resolv.conf')).stdout).toBe('search ex.local\nnameserver 10.9.9.9\noptions ndots:2\n');
    expect(await run('docker run --rm --add-host bad busybox true')).toEqual({ stdout: '', stderr: 'invalid argument "bad" for "--add-host" flag: bad format for add-host: "bad"\nSee \'docker run --help\'.\n', exitCode: 125 });
  });

  it('--tmpfs mounts a tmpfs with its mode; a relative path is refused', async () => {
    const run = await pulled();
    expect((await run('docker run --rm --tmpfs /t:mode=700 busybox ls -ld /t')).stdout).toMatch(/^drwx------ /);
    expect((await run("docker run --rm --read-only --tmpfs /t busybox sh -c 'touch /t/x && echo ok'")).stdout).toBe('ok\n');
    expect((await run('docker run --rm --tmpfs rel busybox true')).stderr).toBe("docker: Error response from daemon: invalid mount path: 'rel' mount path must be absolute.\nSee 'docker run --help'.\n");
  });

  it('capabilities are checked at create; --init runs the command under docker-init', async () => {
    const run = await pulled();
    expect((await run('docker run --rm --cap-add bogus busybox true')).stderr).toBe('docker: Error response from daemon: invalid CapAdd: unknown capability: "CAP_BOGUS".\nSee \'docker run --help\'.\n');
    await run('docker create --name caps --cap-add NET_ADMIN --cap-drop chown --init busybox sh -c "exit 3"');
    expect((await run("docker inspect -f '{{.HostConfig.CapAdd}} {{.HostConfig.CapDrop}} {{.HostConfig.Init}} {{.Path}} {{.Args}}' caps")).stdout).toBe('[NET_ADMIN] [chown] true sh [-c exit 3]\n');
    expect(await run('docker start -a caps')).toEqual({ stdout: '', stderr: '', exitCode: 3 });
    // Oracle 44: PID 1's command line is docker-init's, bind-mounted from the node's /usr/bin.
    expect((await run('docker run --rm --init busybox cat /proc/1/cmdline')).stdout).toBe('/sbin/docker-init\0--\0cat\0/proc/1/cmdline\0');
  });
});

describe('prune filters', () => {
  it('containers, volumes and networks by label; until and unknown filters', async () => {
    const run = await pulled();
    await run('docker create --name keep busybox true');
    await run('docker create --name go -l tier=web busybox true');
    expect((await run('docker container prune -f --filter label=tier=web')).stdout).toMatch(/^Deleted Containers:\n[0-9a-f]{64}\n\nTotal reclaimed space: 0B\n$/);
    expect((await run('docker container prune -f --filter until=1h')).stdout).toBe('Total reclaimed space: 0B\n');
    expect((await run('docker container prune -f --filter bogus=1')).stderr).toBe("Error response from daemon: Invalid filter 'bogus'\n");
    await run('docker volume create --label env=dev vb');
    await run('docker volume create vd');
    await run('docker volume create -o type=tmpfs -o device=tmpfs vt');
    expect((await run("docker volume prune -f --filter 'label!=env'")).stdout).toBe('Deleted Volumes:\nvd\n\nTotal reclaimed space: 0B\n');
    expect((await run('docker volume prune -f --filter until=1h')).stderr).toBe("Error response from daemon: Invalid filter 'until'\n");
    expect((await run('docker volume ls -q')).stdout).toBe('vb\nvt\n');
    await run('docker network create --label purpose=test nl');
    await run('docker network create nk');
    expect((await run('docker network prune -f --filter label=purpose=test')).stdout).toBe('Deleted Networks:\nnl\n\n');
  });

  it('a volume’s options are the local driver’s', async () => {
    const run = await pulled();
    expect((await run('docker volume create --opt foo=bar v1')).stderr).toBe('Error response from daemon: create v1: invalid option: "foo"\n');
    expect((await run('docker volume create --opt type=none v2')).stderr).toBe('Error response from daemon: create v2: missing required option: "device"\n');
  });
});
