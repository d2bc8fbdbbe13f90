// docker pull, images, tag and rmi against dockerd's own image store: formats, errors, and that
// nothing of it shows in containerd (ctr -n moby, crictl) — Docker 20.10 keeps its own images.

import { describe, expect, it } from 'vitest';
import { createSession } from '../../../shell/session';

const NOW = Date.UTC(2026, 10, 28, 5, 14, 0);

function session() {
  const s = createSession({ seed: 7, now: () => NOW });
  return async (line: string) => {
    const r = await s.run(line);
    return { stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode };
  };
}

describe('docker pull', () => {
  it('prints the layer messages, digest, status and the full reference', async () => {
    const run = session();
    const r = await run('docker pull busybox');
    expect(r.exitCode).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines.slice(0, 2)).toEqual(['Using default tag: latest', 'latest: Pulling from library/busybox']);
    expect(lines[2]).toMatch(/^[0-9a-f]{12}: Pulling fs layer$/);
    expect(lines.slice(3, 6).map((l) => l.slice(14))).toEqual(['Verifying Checksum', 'Download complete', 'Pull complete']);
    expect(lines[6]).toMatch(/^Digest: sha256:[0-9a-f]{64}$/);
    expect(lines.slice(7)).toEqual(['Status: Downloaded newer image for busybox:latest', 'docker.io/library/busybox:latest', '']);
  });

  it('a second pull is up to date, with no layer lines', async () => {
    const run = session();
    await run('docker pull busybox:latest');
    const r = await run('docker pull busybox:latest');
    expect(r.stdout).toMatch(/^latest: Pulling from library\/busybox\nDigest: sha256:[0-9a-f]{64}\nStatus: Image is up to date for busybox:latest\ndocker.io\/library\/busybox:latest\n$/);
  });

  it('-q prints the reference only', async () => {
    expect((await session()('docker pull -q busybox:latest')).stdout).toBe('docker.io/library/busybox:latest\n');
  });

  it('a repository Docker Hub denies: docker’s wording, exit 1', async () => {
    expect(await session()('docker pull nosuch/thing:1')).toEqual({
      stdout: '',
      stderr: "Error response from daemon: pull access denied for nosuch/thing, repository does not exist or may require 'docker login': denied: requested access to the resource is denied\n",
      exitCode: 1,
    });
  });

  it('a bad reference is refused by the client, before `Using default tag` and without the daemon prefix', async () => {
    expect(await session()('docker pull Busybox')).toEqual({ stdout: '', stderr: 'invalid reference format: repository name must be lowercase\n', exitCode: 1 });
    expect(await session()('docker pull a@b')).toEqual({ stdout: '', stderr: 'invalid reference format\n', exitCode: 1 });
  });

  it('makes layer directories under /var/lib/docker/overlay2, beside l/ of their short links', async () => {
    const run = session();
    await run('docker pull busybox:latest');
    expect((await run('ls /var/lib/docker/overlay2 | wc -l')).stdout).toBe('2\n');
    expect((await run('ls /var/lib/docker/overlay2/l | wc -l')).stdout).toBe('1\n');
  });
});

describe('docker images after pulls and tags', () => {
  it('one row per tag, -q one id per row, --digests the pulled repository’s digest', async () => {
    const run = session();
    await run('docker pull busybox:latest >/dev/null; docker tag busybox mine:v1');
    const table = (await run('docker images')).stdout.split('\n');
    expect(table[0]).toBe('REPOSITORY   TAG       IMAGE ID       CREATED       SIZE');
    expect(table[1]).toMatch(/^busybox      latest    [0-9a-f]{12}   \d+ years ago   [\d.]+MB$/);
    expect(table[2]).toMatch(/^mine         v1        [0-9a-f]{12}   /);
    const ids = (await run('docker images -q')).stdout.split('\n');
    expect(ids[0]).toBe(ids[1]);
    const digests = (await run('docker images --digests')).stdout.split('\n');
    expect(digests[1]).toMatch(/^busybox      latest    sha256:[0-9a-f]{64}   /);
    expect(digests[2]).toMatch(/^mine         v1        <none>    /);
    expect((await run("docker images --format '{{.Repository}}:{{.Tag}}' mine")).stdout).toBe('mine:v1\n');
    // The tags of one image in reference-store order, whatever order they were made in
    // (a real dockerd 20.10.24 listed `mine v1` before `nginx alpine` after `docker tag`).
    await run('docker tag busybox aaa:1');
    expect((await run("docker images --format '{{.Repository}}'")).stdout).toBe('aaa\nbusybox\nmine\n');
  });

  it('-f dangling=true lists none of the tagged images', async () => {
    const run = session();
    await run('docker pull busybox:latest >/dev/null');
    expect((await run('docker images -f dangling=true -q')).stdout).toBe('');
    expect((await run('docker images -f dangling=false -q')).stdout).toMatch(/^[0-9a-f]{12}\n$/);
  });
});

describe('docker tag and rmi', () => {
  it('rmi of one of two tags untags only; of the last deletes the image and its layers', async () => {
    const run = session();
    await run('docker pull busybox:latest >/dev/null; docker tag busybox:latest mine:v1');
    expect(await run('docker rmi mine:v1')).toEqual({ stdout: 'Untagged: mine:v1\n', stderr: '', exitCode: 0 });
    const last = await run('docker rmi busybox');
    // image_delete.go: the repository's last tag gone, its digest reference is untagged too.
    expect(last.stdout).toMatch(/^Untagged: busybox:latest\nUntagged: busybox@sha256:[0-9a-f]{64}\nDeleted: sha256:[0-9a-f]{64}\nDeleted: sha256:[0-9a-f]{64}\n$/);
    expect((await run('docker images -q')).stdout).toBe('');
  });

  it('an id several repositories name needs -f', async () => {
    const run = session();
    await run('docker pull busybox:latest >/dev/null; docker tag busybox:latest mine:v1');
    const id = (await run('docker images -q busybox')).stdout.trim();
    expect(await run(`docker rmi ${id}`)).toEqual({
      stdout: '',
      stderr: `Error response from daemon: conflict: unable to delete ${id} (must be forced) - image is referenced in multiple repositories\n`,
      exitCode: 1,
    });
    expect((await run(`docker rmi -f ${id}`)).stdout).toMatch(/^Untagged: busybox:latest\nUntagged: busybox@sha256:[0-9a-f]{64}\nUntagged: mine:v1\nDeleted: /);
  });

  it('missing images: the client’s objectNotFoundError for rmi, the daemon’s error for tag', async () => {
    const run = session();
    expect(await run('docker rmi nosuch:1')).toEqual({ stdout: '', stderr: 'Error: No such image: nosuch:1\n', exitCode: 1 });
    expect(await run('docker tag nosuch:1 x:1')).toEqual({ stdout: '', stderr: 'Error response from daemon: No such image: nosuch:1\n', exitCode: 1 });
    expect((await run('docker rmi -f nosuch:1')).exitCode).toBe(0);
  });
});

describe('docker’s images stay out of containerd', () => {
  it('docker pull is invisible to ctr (any namespace) and to crictl', async () => {
    const run = session();
    await run('docker pull busybox:latest >/dev/null');
    expect((await run('ctr -n moby i ls -q; ctr i ls -q; ctr -n k8s.io i ls -q; ctr ns ls -q')).stdout).toBe('');
    expect((await run('crictl -r unix:///run/containerd/containerd.sock images -q')).stdout).toBe('');
  });
});

describe('docker image inspect', () => {
  it('prints the images in one 4-space indented array, Config with Go’s zero values', async () => {
    const run = session();
    await run('docker pull busybox:latest >/dev/null');
    const r = await run('docker image inspect busybox');
    expect(r.exitCode).toBe(0);
    const [image] = JSON.parse(r.stdout) as Array<Record<string, any>>;
    expect(r.stdout.startsWith('[\n    {\n        "Id": "sha256:')).toBe(true);
    expect(image?.RepoTags).toEqual(['busybox:latest']);
    expect(Object.keys(image?.Config ?? {}).slice(0, 6)).toEqual(['Hostname', 'Domainname', 'User', 'AttachStdin', 'AttachStdout', 'AttachStderr']);
    expect(image?.Config.Cmd).toEqual(['sh']);
    expect(image?.GraphDriver.Name).toBe('overlay2');
    expect(image?.Metadata).toEqual({ LastTagTime: '0001-01-01T00:00:00Z' });
    await run('docker tag busybox mine:v1');
    const [tagged] = JSON.parse((await run('docker image inspect mine:v1')).stdout) as Array<Record<string, any>>;
    expect(tagged?.Metadata).toEqual({ LastTagTime: '2026-11-28T05:14:00Z' });
  });

  it('--format per image; the missing ones after, as objectNotFoundError, exit 1', async () => {
    const run = session();
    await run('docker pull busybox:latest >/dev/null');
    const r = await run("docker image inspect -f '{{.Os}}/{{.Architecture}} {{index .RepoTags 0}}' busybox nosuch");
    expect(r).toEqual({ stdout: 'linux/amd64 busybox:latest\n', stderr: 'Error: No such image: nosuch\n', exitCode: 1 });
  });

  it('nothing found: an empty array, then the error (as the recorded node printed)', async () => {
    expect(await session()('docker image inspect busybox:latest')).toEqual({ stdout: '[]\n', stderr: 'Error: No such image: busybox:latest\n', exitCode: 1 });
  });
});

describe('docker volume ls', () => {
  it('lists no volumes, with the recorded header', async () => {
    expect(await session()('docker volume ls')).toEqual({ stdout: 'DRIVER    VOLUME NAME\n', stderr: '', exitCode: 0 });
    expect(await session()('docker volume ls -q')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
  });
});
