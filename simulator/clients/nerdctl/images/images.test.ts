// `nerdctl pull` and `nerdctl images` against cmd/nerdctl/pull.go, images.go and
// pkg/imgutil/{imgutil.go,pull/pull.go}@v0.22.2: the progress display is ctr's ShowProgress on
// stderr; the table is tabwriter (4, 8, 4, ' ') with REPOSITORY TAG IMAGE ID CREATED PLATFORM
// SIZE BLOB SIZE, one row per platform with content, sizes as containerd's progress.Bytes.

import { describe, expect, it } from 'vitest';
import { NGINX_ALPINE_INDEX, nerdctlSession, plain } from './test-support';

const HEADER = 'REPOSITORY    TAG    IMAGE ID    CREATED    PLATFORM    SIZE    BLOB SIZE\n';

describe('nerdctl pull', () => {
  it('normalizes a short name to docker.io/library/…, draws the transfer display on stderr, unpacks', async () => {
    const run = nerdctlSession();
    const r = await run('nerdctl pull nginx:alpine');
    expect(r.code).toBe(0);
    expect(r.out).toBe('');
    const rows = plain(r.err).split('\n');
    expect(rows[0]).toBe('docker.io/library/nginx:alpine:                                                   resolved       |++++++++++++++++++++++++++++++++++++++| ');
    expect(rows[1]).toBe(`index-${NGINX_ALPINE_INDEX}:    done           |++++++++++++++++++++++++++++++++++++++| `);
    expect(rows.filter((l) => l.startsWith('layer-'))).toHaveLength(8);
    expect(rows.at(-2)).toMatch(/^elapsed: \d+\.\d s +total: {2}19\.4 M \(\d+\.\d MiB\/s\) +$/);
    // Unpacked into overlayfs: SIZE is the snapshots' usage.
    expect((await run('nerdctl images')).out).toBe(
      'REPOSITORY    TAG       IMAGE ID        CREATED          PLATFORM       SIZE        BLOB SIZE\n' +
        'nginx         alpine    a49404dd790d    2 seconds ago    linux/amd64    53.4 MiB    19.4 MiB\n',
    );
  });

  it('-q prints nothing; --all-platforms fetches every platform without unpacking (SIZE 0.0 B)', async () => {
    const run = nerdctlSession();
    expect(await run('nerdctl pull -q --all-platforms busybox')).toEqual({ out: '', err: '', code: 0 });
    const rows = (await run('nerdctl images')).out.split('\n');
    expect(rows[0]).toBe('REPOSITORY    TAG       IMAGE ID        CREATED                   PLATFORM          SIZE     BLOB SIZE');
    expect(rows[1]).toBe('busybox       latest    0568975332a7    Less than a second ago    linux/amd64       0.0 B    2.1 MiB');
    expect(rows.filter((l) => l.startsWith('busybox'))).toHaveLength(10);
  });

  it('refuses --unpack=true with several platforms, a bad platform, a bad --unpack value', async () => {
    const run = nerdctlSession();
    const fatal = async (line: string) => {
      const r = await run(line);
      return { code: r.code, msg: /msg="(.*)"\n$/.exec(r.err)?.[1] };
    };
    expect(await fatal('nerdctl pull --unpack=true --all-platforms alpine')).toEqual({ code: 1, msg: 'unpacking requires a single platform to be specified (e.g., --platform=amd64)' });
    expect(await fatal('nerdctl pull --platform=foo alpine')).toEqual({ code: 1, msg: '\\"foo\\": unknown operating system or architecture: invalid argument' });
    expect(await fatal('nerdctl pull --unpack=maybe alpine')).toEqual({ code: 1, msg: 'strconv.ParseBool: parsing \\"maybe\\": invalid syntax' });
    expect((await run('nerdctl images')).out).toBe(HEADER);
  });

  it('an image Docker Hub does not have: the resolver logs the host, then the pull fails', async () => {
    const run = nerdctlSession();
    const r = await run('nerdctl pull nosuch/image:1');
    expect(r.code).toBe(1);
    expect(r.err).toBe(
      'time="2026-12-04T22:00:00Z" level=info msg="trying next host" error="pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed" host=registry-1.docker.io\n' +
        'time="2026-12-04T22:00:00Z" level=fatal msg="failed to resolve reference \\"docker.io/nosuch/image:1\\": pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed"\n',
    );
  });

  it('a localhost registry nobody listens on: the HTTPS hint without --insecure-registry, the http fallback with it', async () => {
    const run = nerdctlSession();
    const plainRun = await run('nerdctl pull localhost:5000/x:1');
    expect(plainRun.code).toBe(1);
    expect(plainRun.err).toContain('level=error msg="server \\"localhost:5000\\" does not seem to support HTTPS" error=');
    expect(plainRun.err).toContain('level=info msg="Hint: you may want to try --insecure-registry to allow plain HTTP (if you are in a trusted network)"\n');
    const insecure = (await run('nerdctl --insecure-registry pull localhost:5000/x:1')).err.split('\n');
    expect(insecure[0]).toBe('time="2026-12-04T22:00:00Z" level=warning msg="skipping verifying HTTPS certs for \\"localhost:5000\\""');
    expect(insecure[2]).toContain('level=warning msg="server \\"localhost:5000\\" does not seem to support HTTPS, falling back to plain HTTP"');
    expect(insecure.at(-2)).toContain('dial tcp 127.0.0.1:5000: connect: connection refused"');
  });
});

describe('nerdctl images', () => {
  it('prints the header alone on an empty namespace; image ls and image list are the same command', async () => {
    const run = nerdctlSession();
    expect(await run('nerdctl images')).toEqual({ out: HEADER, err: '', code: 0 });
    expect((await run('nerdctl image ls')).out).toBe(HEADER);
    expect((await run('nerdctl image list')).out).toBe(HEADER);
  });

  it('shows what ctr pulled (cross-client), --digests, --names, --no-trunc, -q, and a name argument', async () => {
    const run = nerdctlSession();
    await run('ctr i pull docker.io/library/alpine:3.21');
    await run('nerdctl tag alpine:3.21 myalpine');
    expect((await run('nerdctl images alpine:3.21')).out).toBe(
      'REPOSITORY    TAG     IMAGE ID        CREATED         PLATFORM       SIZE       BLOB SIZE\n' +
        'alpine        3.21    6325f0d24c81    1 second ago    linux/amd64    8.1 MiB    3.5 MiB\n',
    );
    expect((await run('nerdctl image ls --digests alpine:3.21')).out.split('\n')[1]).toBe(
      'alpine        3.21    sha256:6325f0d24c8114361af14ae23a136eace50d64255d61eeaefef56de4f8153caa    6325f0d24c81    1 second ago    linux/amd64    8.1 MiB    3.5 MiB',
    );
    expect((await run('nerdctl images --names')).out).toBe(
      'NAME                                 IMAGE ID        CREATED                   PLATFORM       SIZE       BLOB SIZE\n' +
        'docker.io/library/alpine:3.21        6325f0d24c81    1 second ago              linux/amd64    8.1 MiB    3.5 MiB\n' +
        'docker.io/library/myalpine:latest    6325f0d24c81    Less than a second ago    linux/amd64    8.1 MiB    3.5 MiB\n',
    );
    expect((await run('nerdctl images -q')).out).toBe('6325f0d24c81\n6325f0d24c81\n');
    expect((await run('nerdctl images -q --no-trunc')).out.split('\n')[0]).toBe('sha256:6325f0d24c8114361af14ae23a136eace50d64255d61eeaefef56de4f8153caa');
  });

  it('-n k8s.io shows the CRI plugin\'s three names of a pulled image (the config-digest one as <none> <none>)', async () => {
    const run = nerdctlSession();
    await run('crictl --runtime-endpoint unix:///run/containerd/containerd.sock pull registry.k8s.io/pause:3.6');
    expect((await run('nerdctl -n k8s.io images')).out).toBe(
      'REPOSITORY               TAG       IMAGE ID        CREATED                   PLATFORM       SIZE         BLOB SIZE\n' +
        'registry.k8s.io/pause    3.6       0353313ba411    Less than a second ago    linux/amd64    732.0 KiB    296.5 KiB\n' +
        'registry.k8s.io/pause    <none>    0353313ba411    Less than a second ago    linux/amd64    732.0 KiB    296.5 KiB\n' +
        '<none>                   <none>    0353313ba411    Less than a second ago    linux/amd64    732.0 KiB    296.5 KiB\n',
    );
    expect((await run('nerdctl images')).out).toBe(HEADER);
  });

  it('ages grow with the node clock ("About a minute ago", "2 hours ago")', async () => {
    const run = nerdctlSession();
    await run('nerdctl pull -q alpine:3.21');
    await run('sleep 70');
    expect((await run('nerdctl images')).out).toContain('    About a minute ago    ');
    await run('sleep 7200');
    expect((await run('nerdctl images')).out).toContain('    2 hours ago    ');
  });

  it('refuses raw, and a template with -q; takes at most one argument', async () => {
    const run = nerdctlSession();
    expect((await run('nerdctl images --format raw')).err).toContain('level=fatal msg="unsupported format: \\"raw\\""');
    expect((await run('nerdctl images -q --format "{{.ID}}"')).err).toContain('level=fatal msg="format and quiet must not be specified together"');
    const two = await run('nerdctl images a b');
    expect(two.code).toBe(1);
    expect(two.err).toContain('accepts at most 1 arg(s), received 2');
  });

  it('--format: a Go template per row, `json` as {{json .}}, an unknown field warns per row, a bad template is fatal', async () => {
    const run = nerdctlSession();
    await run('nerdctl pull -q alpine:3.21');
    expect((await run("nerdctl images --format '{{.Repository}}:{{.Tag}} {{.Size}} {{.Platform}}'")).out).toBe('alpine:3.21 8.1 MiB linux/amd64\n');
    expect((await run('nerdctl images --format json')).out).toBe(
      '{"CreatedAt":"2026-12-04 22:00:00 +0000 UTC","CreatedSince":"Less than a second ago","Digest":"sha256:6325f0d24c8114361af14ae23a136eace50d64255d61eeaefef56de4f8153caa","ID":"6325f0d24c81","Repository":"alpine","Tag":"3.21","Name":"docker.io/library/alpine:3.21","Size":"8.1 MiB","BlobSize":"3.5 MiB","Platform":"linux/amd64"}\n',
    );
    expect(await run("nerdctl images --format '{{.Nope}}'")).toEqual({
      out: '',
      err: 'time="2026-12-04T22:00:00Z" level=warning msg="failed to get platform \\"linux/amd64\\" of image \\"docker.io/library/alpine:3.21\\"" error="template: :1:2: executing \\"\\" at <.Nope>: can\'t evaluate field Nope in type main.imagePrintable"\n',
      code: 0,
    });
    const bad = await run("nerdctl images --format '{{.Repository'");
    expect(bad).toEqual({ out: '', err: 'time="2026-12-04T22:00:00Z" level=fatal msg="template: :1: unclosed action"\n', code: 1 });
    expect((await run('nerdctl images --format table')).out.split('\n')[0]).toBe('REPOSITORY    TAG     IMAGE ID        CREATED                   PLATFORM       SIZE       BLOB SIZE');
  });
});
