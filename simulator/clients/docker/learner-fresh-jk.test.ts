// What oracles 66 and 67 (tests/oracle/docker/scripts/66-learner-fresh-j.sh, 67-learner-fresh-k.sh)
// found the simulator getting wrong, as a private real dockerd 20.10.24 with /usr/bin/docker
// 20.10.24 printed it (2026-12-07): network create's empty name, --ipv6 and --scope refusals, an
// --ip outside the subnet, volume templates (Status, UsageData, {{json .}}), system prune
// --filter, df leaving option volumes out, docker cp's empty and file-blocked paths, commit to a
// digest, save over a directory, load of a directory, --label's validator, a -m past int64,
// env keys given twice and commits of unchanged files sharing their layer.

import { describe, expect, it } from 'vitest';
import { sessionWithBusybox as pulled } from './containers/test-support';

const fail = (stderr: string, exitCode = 1) => ({ stdout: '', stderr, exitCode });

describe('docker network create and connect refusals', () => {
  it('takes an empty name for the default network, which exists', async () => {
    const run = await pulled();
    expect(await run("docker network create ''")).toEqual(fail('Error response from daemon: network with name  already exists\n'));
    expect((await run("docker network ls -f type=custom -q")).stdout).toBe('');
  });

  it('has no IPv6 pool among the defaults, and sends global or swarm scope to a swarm manager', async () => {
    const run = await pulled();
    expect(await run('docker network create --ipv6 n6')).toEqual(fail('Error response from daemon: could not find an available, non-overlapping IPv6 address pool among the defaults to assign to the network\n'));
    for (const scope of ['global', 'swarm']) {
      expect(await run(`docker network create --scope ${scope} ng`)).toEqual(
        fail('Error response from daemon: This node is not a swarm manager. Use "docker swarm init" or "docker swarm join" to connect this node to swarm and try again.\n'),
      );
    }
    expect((await run('docker network create --scope local nl')).exitCode).toBe(0);
  });

  it('--ip: outside every subnet is an invalid address; the network and broadcast addresses are in use', async () => {
    const run = await pulled();
    await run('docker network create --subnet 10.77.0.0/16 n2');
    expect((await run('docker run -d --network n2 --ip 10.99.0.9 busybox true')).stderr).toBe("docker: Error response from daemon: Invalid address 10.99.0.9: It does not belong to any of this network's subnets.\n");
    for (const ip of ['10.77.0.0', '10.77.255.255']) expect((await run(`docker run -d --network n2 --ip ${ip} busybox true`)).stderr).toBe('docker: Error response from daemon: Address already in use.\n');
  });
});

describe('volume and network templates', () => {
  it('inspect sees the nil Status map and UsageData pointer the JSON leaves out', async () => {
    const run = await pulled();
    await run('docker volume create v1');
    expect((await run("docker volume inspect -f '{{.Status}} {{.UsageData}}' v1")).stdout).toBe('map[] <nil>\n');
    expect((await run('docker volume inspect v1')).stdout).not.toContain('Status');
  });

  it('ls {{json .}} gives the row context, keys sorted', async () => {
    const run = await pulled();
    await run('docker volume create v2');
    expect((await run("docker volume ls --format '{{json .}}' -f name=v2")).stdout).toBe(
      '{"Driver":"local","Labels":"","Links":"N/A","Mountpoint":"/var/lib/docker/volumes/v2/_data","Name":"v2","Scope":"local","Size":"N/A"}\n',
    );
    expect((await run("docker network ls --format '{{json .}}' -f name=none")).stdout).toMatch(
      /^\{"CreatedAt":"[^"]+","Driver":"null","ID":"[0-9a-f]{12}","IPv6":"false","Internal":"false","Labels":"","Name":"none","Scope":"local"\}\n$/,
    );
  });

  it('volume create with both a name argument and --name: the lower-case conflict', async () => {
    const run = await pulled();
    expect(await run('docker volume create a1 --name a2')).toEqual(fail('conflicting options: either specify --name or provide positional arg, not both\n'));
  });
});

describe('docker system prune --filter and df', () => {
  it('lists the filters in its question and hands them to every prune', async () => {
    const run = await pulled();
    const asked = await run('echo n | docker system prune --filter until=1h --filter label=a');
    expect(asked.stdout).toBe(
      'WARNING! This will remove:\n  - all stopped containers\n  - all networks not used by at least one container\n  - all dangling images\n  - all dangling build cache\n\n  Items to be pruned will be filtered with:\n  - label=a\n  - until=1h\n\nAre you sure you want to continue? [y/N] ',
    );
    expect(await run('docker system prune -f --filter bogus=1')).toEqual(fail("Error response from daemon: Invalid filter 'bogus'\n"));
    expect(await run('docker system prune -f --volumes --filter until=1h')).toEqual(fail('ERROR: The "until" filter is not supported with "--volumes"\n'));
    await run('docker create --name keep -l keep=1 busybox');
    await run('docker create --name go busybox');
    const pruned = await run('docker system prune -f --filter label!=keep');
    expect(pruned.stdout).toMatch(/^Deleted Containers:\n[0-9a-f]{64}\n\nTotal reclaimed space: 0B\n$/);
    expect((await run("docker ps -a --format '{{.Names}}'")).stdout).toBe('keep\n');
  });

  it('df counts no volume with mount options, as prune leaves those too', async () => {
    const run = await pulled();
    await run('docker volume create plain');
    await run('docker volume create -o type=tmpfs -o device=tmpfs tmp');
    expect((await run("docker system df --format '{{.Type}} {{.TotalCount}}'")).stdout).toContain('Local Volumes 1\n');
  });
});

describe('docker cp paths the CLI refuses', () => {
  it('an empty source or destination, an empty container path, a file on the local path, a dangling link with -L', async () => {
    const run = await pulled();
    await run('docker run -d --name k1 busybox sleep 1000');
    await run("docker exec k1 sh -c 'echo one > /f && ln -s /nowhere /dangling'");
    await run('cd /tmp && echo h > h.txt');
    expect(await run("docker cp '' k1:/tmp")).toEqual(fail('source can not be empty\n'));
    expect(await run("docker cp /tmp/h.txt ''")).toEqual(fail('destination can not be empty\n'));
    expect(await run('docker cp k1: /tmp/x')).toEqual(fail('Error response from daemon: bad parameter: pathcannot be empty\n'));
    expect(await run('docker cp k1:/f /tmp/h.txt/')).toEqual(fail('stat /tmp/h.txt/: not a directory\n'));
    expect(await run('docker cp k1:/f /tmp/h.txt/x')).toEqual(fail('stat /tmp/h.txt/x: not a directory\n'));
    expect(await run('docker cp -L k1:/dangling /tmp/d')).toEqual(fail('Error: No such container:path: k1:/nowhere\n'));
  });
});

describe('images: commit, save, load', () => {
  it('commit refuses a digest reference; commits of unchanged files share one layer', async () => {
    const run = await pulled();
    await run('docker run -d --name k1 busybox sleep 1000');
    await run("docker exec k1 sh -c 'echo body > /f'");
    expect(await run(`docker commit k1 k@sha256:${'0'.repeat(64)}`)).toEqual(fail('refusing to create a tag with a digest reference\n'));
    await run('docker commit k1 k:1');
    await run('sleep 3');
    await run('docker commit k1 k:2');
    const layers = (await run("docker image inspect -f '{{json .RootFS.Layers}}' k:1 k:2")).stdout.split('\n');
    expect(layers[0]).toBe(layers[1]);
    // The shared layer stays while k:2 holds it: rmi of k:1 deletes the image alone.
    expect((await run('docker rmi k:1')).stdout.match(/Deleted:/g)).toHaveLength(1);
  });

  it('save -o onto a directory fails at the rename; load -i of a directory at the read', async () => {
    const run = await pulled();
    await run('mkdir -p /tmp/dir/sub');
    const saved = await run('cd /tmp && docker save -o dir busybox');
    expect(saved.stderr).toMatch(/^rename \.\/\.docker_temp_\d+ dir: file exists\n$/);
    expect(saved.exitCode).toBe(1);
    expect(await run('cd /tmp && docker load -i dir')).toEqual(fail('error during connect: Post "http://%2Fvar%2Frun%2Fdocker.sock/v1.41/images/load?quiet=1": read dir: is a directory\n'));
  });
});

describe('create: values the CLI or the daemon refuses or folds', () => {
  it('--label wants a name without blanks', async () => {
    const run = await pulled();
    expect(await run("docker create -l '' busybox")).toEqual(fail("invalid argument \"\" for \"-l, --label\" flag: invalid label '': empty name\nSee 'docker create --help'.\n", 125));
    expect(await run("docker create -l ' a b=1' busybox")).toEqual(fail("invalid argument \" a b=1\" for \"-l, --label\" flag: label 'a b' contains whitespaces\nSee 'docker create --help'.\n", 125));
  });

  it('a -m past int64 is its minimum, below 6MB', async () => {
    const run = await pulled();
    expect(await run('docker create -m 99999999999999999999 busybox')).toEqual(fail('Error response from daemon: Minimum memory limit allowed is 6MB\n'));
  });

  it('an env key given twice is kept once, with its last value', async () => {
    const run = await pulled();
    await run('docker create -e A=1 -e A=2 --name e2 busybox');
    expect((await run("docker inspect -f '{{json .Config.Env}}' e2")).stdout).toBe('["A=2","PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"]\n');
  });

  it('StartedAt and FinishedAt carry nanoseconds', async () => {
    const run = await pulled();
    await run('docker run -d --name n1 busybox sleep 100');
    await run('docker stop -t 0 n1');
    expect((await run("docker inspect -f '{{.State.StartedAt}} {{.State.FinishedAt}}' n1")).stdout).toMatch(/^\S+\.\d{7,9}Z \S+\.\d{7,9}Z\n$/);
  });
});
