// docker volume's output, byte for byte, against /usr/bin/docker 20.10.24 talking to a private
// real dockerd 20.10.24 (Debian docker.io, own data-root and socket, 2026-12-05): the lines below
// are that transcript's, the data root being /var/lib/docker here.

import { describe, expect, it } from 'vitest';
import { createSession } from '../../../shell/session';
import { naturalCompare } from './natural-order';

const NOW = Date.UTC(2026, 11, 5, 4, 16, 44);

function docker() {
  const s = createSession({ seed: 31, now: () => NOW });
  return async (line: string, stdin?: string) => {
    const r = await s.run(stdin === undefined ? line : `printf '${stdin}' | ${line}`);
    return { stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode };
  };
}

describe('docker volume', () => {
  it('create: idempotent by name, labels, a random name, the local driver’s errors', async () => {
    const run = docker();
    expect(await run('docker volume create v1')).toEqual({ stdout: 'v1\n', stderr: '', exitCode: 0 });
    expect(await run('docker volume create v1')).toEqual({ stdout: 'v1\n', stderr: '', exitCode: 0 });
    expect(await run('docker volume create --label a=b --label c v2')).toEqual({ stdout: 'v2\n', stderr: '', exitCode: 0 });
    expect((await run('docker volume create')).stdout).toMatch(/^[0-9a-f]{64}\n$/);
    expect((await run('docker volume create -d nosuch v3')).stderr).toBe('Error response from daemon: create v3: error looking up volume plugin nosuch: plugin "nosuch" not found\n');
    expect((await run('docker volume create bad/name')).stderr).toBe(
      'Error response from daemon: create bad/name: "bad/name" includes invalid characters for a local volume name, only "[a-zA-Z0-9][a-zA-Z0-9_.-]" are allowed. If you intended to pass a host directory, use absolute path\n',
    );
    expect(await run('docker volume create a')).toEqual({
      stdout: '',
      stderr: 'Error response from daemon: create a: volume name is too short, names should be at least two alphanumeric characters\n',
      exitCode: 1,
    });
    expect((await run('ls /var/lib/docker/volumes/v1')).stdout).toBe('_data\n');
  });

  it('inspect: the JSON, -f, a missing one after the output', async () => {
    const run = docker();
    await run('docker volume create v1');
    await run('docker volume create --label a=b --label c v2');
    const v1 = '    {\n        "CreatedAt": "2026-12-05T04:16:44Z",\n        "Driver": "local",\n        "Labels": {},\n        "Mountpoint": "/var/lib/docker/volumes/v1/_data",\n        "Name": "v1",\n        "Options": {},\n        "Scope": "local"\n    }';
    expect(await run('docker volume inspect v1')).toEqual({ stdout: `[\n${v1}\n]\n`, stderr: '', exitCode: 0 });
    expect((await run('docker volume inspect v2')).stdout).toContain('        "Labels": {\n            "a": "b",\n            "c": ""\n        },\n');
    expect((await run('docker volume inspect -f {{.Mountpoint}} v1')).stdout).toBe('/var/lib/docker/volumes/v1/_data\n');
    expect((await run('docker volume inspect -f {{.Labels}} v2')).stdout).toBe('map[a:b c:]\n');
    expect(await run('docker volume inspect nosuch')).toEqual({ stdout: '[]\n', stderr: 'Error: No such volume: nosuch\n', exitCode: 1 });
    expect(await run('docker volume inspect v1 nosuch')).toEqual({ stdout: `[\n${v1}\n]\n`, stderr: 'Error: No such volume: nosuch\n', exitCode: 1 });
  });

  it('ls: natural name order, -q, filters', async () => {
    const run = docker();
    for (const name of ['v2', 'v1', '7e95', '22ec', 'a3c9', '628']) await run(`docker volume create ${name}`);
    expect((await run('docker volume ls')).stdout).toBe('DRIVER    VOLUME NAME\nlocal     7e95\nlocal     22ec\nlocal     628\nlocal     a3c9\nlocal     v1\nlocal     v2\n');
    expect((await run('docker volume ls -q -f name=v')).stdout).toBe('v1\nv2\n');
    expect((await run('docker volume ls -q -f dangling=true')).stdout.split('\n').length).toBe(7);
    expect((await run('docker volume ls -f dangling=maybe')).stderr).toBe("Error response from daemon: Invalid filter 'dangling=[maybe]'\n");
    expect((await run('docker volume ls -f nosuch=1')).stderr).toBe("Error response from daemon: Invalid filter 'nosuch'\n");
  });

  it('rm: names as typed, errors gathered at the end, -f forgives a missing one', async () => {
    const run = docker();
    await run('docker volume create v2');
    expect(await run('docker volume rm nosuch')).toEqual({ stdout: '', stderr: 'Error: No such volume: nosuch\n', exitCode: 1 });
    expect(await run('docker volume rm nosuch v2')).toEqual({ stdout: 'v2\n', stderr: 'Error: No such volume: nosuch\n', exitCode: 1 });
    expect(await run('docker volume rm -f nosuch')).toEqual({ stdout: 'nosuch\n', stderr: '', exitCode: 0 });
    expect((await run('ls /var/lib/docker/volumes')).stdout).toBe('');
  });

  it('prune: the prompt, 0B even on no, the names and the space on yes', async () => {
    const run = docker();
    const prompt = 'WARNING! This will remove all local volumes not used by at least one container.\nAre you sure you want to continue? [y/N] ';
    await run('docker volume create pp');
    expect(await run('docker volume prune', 'n\\n')).toEqual({ stdout: `${prompt}Total reclaimed space: 0B\n`, stderr: '', exitCode: 0 });
    expect(await run('docker volume prune', 'y\\n')).toEqual({ stdout: `${prompt}Deleted Volumes:\npp\n\nTotal reclaimed space: 0B\n`, stderr: '', exitCode: 0 });
    await run('docker volume create data');
    await run('echo hello > /var/lib/docker/volumes/data/_data/f');
    expect(await run('docker volume prune -f')).toEqual({ stdout: 'Deleted Volumes:\ndata\n\nTotal reclaimed space: 6B\n', stderr: '', exitCode: 0 });
  });
});

describe('docker volume rm --help', () => {
  it('has the Examples section the real client prints', async () => {
    const run = docker();
    expect(await run('docker volume rm --help')).toEqual({ stdout: "\nUsage:  docker volume rm [OPTIONS] VOLUME [VOLUME...]\n\nRemove one or more volumes. You cannot remove a volume that is in use by a container.\n\nAliases:\n  rm, remove\n\nExamples:\n\n$ docker volume rm hello\nhello\n\n\nOptions:\n  -f, --force   Force the removal of one or more volumes\n", stderr: '', exitCode: 0 });
  });
});

describe('naturalCompare (fvbommel/sortorder NaturalLess)', () => {
  it('orders as the real volume ls did', () => {
    const names = ['v1', '628390d3', '22ec2227', 'rel', 'a3c94d0a', '7e9565e7', '2d928acc', 'v2'];
    expect(names.sort(naturalCompare)).toEqual(['2d928acc', '7e9565e7', '22ec2227', '628390d3', 'a3c94d0a', 'rel', 'v1', 'v2']);
    expect(['a01', 'a1', 'a001'].sort(naturalCompare)).toEqual(['a1', 'a01', 'a001']);
  });
});
