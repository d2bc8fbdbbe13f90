// Image references as a real dockerd 20.10.24 and its client treat them (each expectation was
// checked on one, tests/oracle/docker/scripts/12-image-references.sh): the client's own checks
// before any request (tag, pull), the daemon's not-found text with the default tag, the
// reference patterns and filters of `docker images`, pull -q / --all-tags, and inspect's
// overlay2 dirs named by the layer store's cache ids.

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

const fail = (stderr: string) => ({ stdout: '', stderr: `${stderr}\n`, exitCode: 1 });

describe('names the daemon cannot find or parse', () => {
  it('tag and history: `No such image: nosuch:latest` (TagNameOnly); a tag given stays as typed', async () => {
    const run = session();
    expect(await run('docker tag nosuch other')).toEqual(fail('Error response from daemon: No such image: nosuch:latest'));
    expect(await run('docker history nosuch')).toEqual(fail('Error response from daemon: No such image: nosuch:latest'));
    expect(await run('docker history busybox:nosuch')).toEqual(fail('Error response from daemon: No such image: busybox:nosuch'));
  });

  it('rmi and image inspect name the image as typed (the API client’s objectNotFoundError)', async () => {
    const run = session();
    expect(await run('docker rmi nosuch')).toEqual(fail('Error: No such image: nosuch'));
    expect(await run('docker image inspect nosuch')).toEqual({ stdout: '[]\n', stderr: 'Error: No such image: nosuch\n', exitCode: 1 });
  });

  it('a name that does not parse: the parser’s text, 400 (inspect wraps it; docker inspect skips it)', async () => {
    const run = session();
    expect(await run('docker history Bad')).toEqual(fail('Error response from daemon: invalid reference format: repository name must be lowercase'));
    expect(await run('docker rmi Bad')).toEqual(fail('Error response from daemon: invalid reference format: repository name must be lowercase'));
    expect(await run('docker image inspect Bad')).toEqual({ stdout: '[]\n', stderr: 'Error response from daemon: no such image: Bad: invalid reference format: repository name must be lowercase\n', exitCode: 1 });
    expect(await run('docker inspect Bad')).toEqual({ stdout: '[]\n', stderr: 'Error: No such object: Bad\n', exitCode: 1 });
  });

  it('save: the parser’s text, `reference does not exist` for a tag, `No such image: x` as typed for a bare name', async () => {
    const run = session();
    await run('docker pull busybox >/dev/null');
    expect(await run('docker save Bad')).toEqual(fail('Error response from daemon: invalid reference format: repository name must be lowercase'));
    expect(await run('docker save busybox:nosuch')).toEqual(fail('Error response from daemon: reference does not exist'));
    expect(await run('docker save nosuch')).toEqual(fail('Error response from daemon: No such image: nosuch'));
  });
});

describe('docker tag: the client checks both names first', () => {
  it('a bad source or target: `Error parsing reference: …`, no daemon prefix, exit 1', async () => {
    const run = session();
    expect(await run('docker tag busybox Bad:Tag')).toEqual(
      fail('Error parsing reference: "Bad:Tag" is not a valid repository/tag: invalid reference format: repository name must be lowercase'),
    );
    expect(await run('docker tag Bad busybox:x')).toEqual(fail('Error parsing reference: "Bad" is not a valid repository/tag: invalid reference format: repository name must be lowercase'));
    expect(await run('docker tag busybox a@b')).toEqual(fail('Error parsing reference: "a@b" is not a valid repository/tag: invalid reference format'));
    expect(await run(`docker tag busybox busybox@sha256:${'a'.repeat(64)}`)).toEqual(fail('refusing to create a tag with a digest reference'));
  });

  it('checks before dialling: with the daemon down the name is still refused first', async () => {
    const run = session();
    await run('systemctl stop docker');
    expect(await run('docker tag busybox Bad:Tag')).toEqual(
      fail('Error parsing reference: "Bad:Tag" is not a valid repository/tag: invalid reference format: repository name must be lowercase'),
    );
  });
});

describe('docker pull -q and --all-tags', () => {
  it('-q: no `Using default tag`, only the full name', async () => {
    expect(await session()('docker pull -q busybox')).toEqual({ stdout: 'docker.io/library/busybox:latest\n', stderr: '', exitCode: 0 });
  });

  it('-a with a tag or digest is refused by the client', async () => {
    const run = session();
    expect(await run('docker pull -a busybox:1')).toEqual(fail("tag can't be used with --all-tags/-a"));
    expect(await run(`docker pull -a busybox@sha256:${'a'.repeat(64)}`)).toEqual(fail("tag can't be used with --all-tags/-a"));
  });

  it('-a pulls every tag the registry lists, one status for the repository, its bare name last', async () => {
    const run = session();
    const r = await run('docker pull -a busybox');
    const lines = r.stdout.trimEnd().split('\n');
    const tagLines = lines.filter((l) => / Pulling from library\/busybox$/.test(l)).map((l) => l.split(':')[0]);
    expect(tagLines.length).toBeGreaterThan(1);
    expect(tagLines).toEqual([...tagLines].sort());
    expect(lines.slice(-2)).toEqual(['Status: Downloaded newer image for busybox', 'docker.io/library/busybox']);
    expect((await run("docker images --format '{{.Tag}}' busybox")).stdout.trimEnd().split('\n').sort()).toEqual(tagLines);
    expect((await run('docker pull -a busybox')).stdout).toMatch(/Status: Image is up to date for busybox\ndocker.io\/library\/busybox\n$/);
  });

  it('a closed loopback registry fails its /v2/ ping over plain http', async () => {
    expect(await session()('docker pull localhost:5000/library/busybox:1.36')).toEqual(
      fail('Error response from daemon: Get "http://localhost:5000/v2/": dial tcp 127.0.0.1:5000: connect: connection refused'),
    );
  });
});

describe('docker images: reference patterns and filters (daemon/images/images.go)', () => {
  async function tagged() {
    const run = session();
    await run('docker pull busybox >/dev/null; docker tag busybox busybox:1.36; docker tag busybox localhost:5000/lib/bb:2');
    await run('docker pull nginx:alpine >/dev/null; docker tag nginx:alpine nginx:1.25');
    return run;
  }
  const refs = async (run: Awaited<ReturnType<typeof tagged>>, args: string) => (await run(`docker images --format '{{.Repository}}:{{.Tag}}' ${args}`)).stdout.trimEnd().split('\n').sort();

  it('path.Match against the familiar string or name: `*` stops at `/`', async () => {
    const run = await tagged();
    expect(await refs(run, "'nginx:*'")).toEqual(['nginx:1.25', 'nginx:alpine']);
    expect(await refs(run, "'busybox:1.*'")).toEqual(['busybox:1.36']);
    expect(await refs(run, "'*'")).toEqual(['busybox:1.36', 'busybox:latest', 'nginx:1.25', 'nginx:alpine']);
    expect(await refs(run, "'localhost:5000/*/bb'")).toEqual(['localhost:5000/lib/bb:2']);
    expect(await refs(run, "'[a-c]*'")).toEqual(['busybox:1.36', 'busybox:latest']);
    expect((await run("docker images -q 'docker.io/library/busybox'")).stdout).toBe('');
  });

  it('-f reference (any of them) and the argument are alternatives', async () => {
    const run = await tagged();
    expect(await refs(run, '-f reference=busy*')).toEqual(['busybox:1.36', 'busybox:latest']);
    expect(await refs(run, '-f reference=busybox nginx')).toEqual(['busybox:1.36', 'busybox:latest', 'nginx:1.25', 'nginx:alpine']);
  });

  it('a malformed pattern is the daemon’s `syntax error in pattern`', async () => {
    const run = await tagged();
    expect(await run("docker images '[a-'")).toEqual(fail('Error response from daemon: syntax error in pattern'));
    expect(await run("docker images -f 'reference=[]a]'")).toEqual(fail('Error response from daemon: syntax error in pattern'));
  });

  it('before/since by creation time, label, dangling values', async () => {
    const run = await tagged();
    expect(await refs(run, '-f before=nginx:alpine')).toEqual(['busybox:1.36', 'busybox:latest', 'localhost:5000/lib/bb:2']);
    expect(await refs(run, '-f since=busybox')).toEqual(['nginx:1.25', 'nginx:alpine']);
    expect(await run('docker images -f before=nosuch')).toEqual(fail('Error response from daemon: No such image: nosuch:latest'));
    expect((await run('docker images -q -f label=nosuch')).stdout).toBe('');
    expect(await run('docker images -f dangling=maybe')).toEqual(fail("Error response from daemon: Invalid filter 'dangling=[maybe]'"));
    expect(await run('docker images -f dangling=1')).toEqual(fail("Error response from daemon: Invalid filter 'dangling=[1]'"));
    expect(await run('docker images -f nosuch=1')).toEqual(fail("Error response from daemon: Invalid filter 'nosuch'"));
  });
});

describe('docker image inspect: GraphDriver', () => {
  it('the top layer’s dirs under its random cache id, LowerDir the layers below, nearest first', async () => {
    const run = session();
    await run('docker pull nginx:alpine >/dev/null');
    const data = JSON.parse((await run("docker image inspect --format '{{json .GraphDriver.Data}}' nginx:alpine")).stdout) as Record<string, string>;
    const id = (await run("docker image inspect --format '{{.Id}}' nginx:alpine")).stdout.trim().slice(7);
    const upper = /^\/var\/lib\/docker\/overlay2\/([0-9a-f]{64})\/diff$/.exec(data.UpperDir ?? '')?.[1];
    expect(upper).toBeDefined();
    expect(upper).not.toBe(id);
    expect(Object.keys(data)).toEqual(['LowerDir', 'MergedDir', 'UpperDir', 'WorkDir']);
    expect(data.MergedDir).toBe(`/var/lib/docker/overlay2/${upper}/merged`);
    const dirs = (await run('ls /var/lib/docker/overlay2')).stdout.trim().split('\n').filter((d) => d !== 'l');
    const lowers = (data.LowerDir ?? '').split(':').map((d) => /overlay2\/([0-9a-f]{64})\/diff$/.exec(d)?.[1]);
    expect([upper, ...lowers].every((d) => d !== undefined && dirs.includes(d))).toBe(true);
    expect(new Set([upper, ...lowers]).size).toBe(dirs.length);
  });
});
