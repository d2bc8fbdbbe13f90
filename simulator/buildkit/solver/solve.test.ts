// buildkitd's solve of Dockerfiles on a fresh node1 (OCI worker): each step a real gzip'd tar
// layer, digests the same for the same inputs, the cache (CACHED on a rebuild, a changed file
// missing it, --no-cache), multi-stage builds with --target and COPY --from, the image config.

import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../index';
import { makeNode, type Node } from '../../node';
import * as vfs from '../../host/vfs';
import { gunzipBinary } from '../../oci/raw-bytes';
import { digestBinary } from '../../oci/digest';
import { rawBytesOf } from '../../oci/raw-bytes';
import { readTar, writeTar } from '../../host/tar';
import { gzipSync } from 'fflate';
import { binaryToBytes, bytesToBinary } from '../../host/vfs';
import { readImageArchive } from '../../oci/archive/read-archive';
import { solve, type SolveResponse } from './solve';

const NOW = 1_780_000_000_000;
const NOTES = "FROM nginx:alpine\nRUN echo 'Build Image From Containerd' > /usr/share/nginx/html/index.html\n";

function node(): Node {
  return createSimulator({ seed: 3, now: () => NOW });
}

function write(n: Node, path: string, text: string): void {
  vfs.writeFile(n.state.host.files, path, vfs.textToBinary(text), { parents: true, mtimeMs: n.nowMs() });
}

function build(n: Node, options: { target?: string; noCache?: boolean; args?: Record<string, string>; name?: string } = {}): SolveResponse {
  const opts: Record<string, string> = { filename: 'Dockerfile' };
  if (options.target) opts.target = options.target;
  for (const [k, v] of Object.entries(options.args ?? {})) opts[`build-arg:${k}`] = v;
  return solve(n, { locals: { context: '/root/app', dockerfile: '/root/app' }, frontendOpts: opts, noCache: options.noCache ?? false, exporter: { type: 'docker', attrs: { name: options.name ?? 'docker.io/library/app:1' } } });
}

const names = (r: SolveResponse) => r.trace.vertices.map((v) => `${v.name}${v.cached ? ' CACHED' : ''}${v.error ? ' ERROR' : ''}`);

function image(r: SolveResponse) {
  const archive = readImageArchive(r.result?.tarball ?? '');
  const top = archive.manifests[0];
  if (!top) throw new Error('no image');
  const manifest = JSON.parse(archive.blob(top)?.data ?? '') as { config: { digest: string }; layers: Array<{ digest: string; mediaType: string }> };
  const config = JSON.parse(archive.blob({ ...manifest.config, mediaType: 'application/vnd.docker.container.image.v1+json', size: 0 })?.data ?? '') as {
    config: Record<string, unknown>;
    history: Array<{ created_by: string; empty_layer?: boolean; comment?: string }>;
    rootfs: { diff_ids: string[] };
  };
  return { top, manifest, config };
}

describe('solve', () => {
  it('builds the notes\' Dockerfile: the RUN step is one real gzip\'d tar layer with the new page', () => {
    const n = node();
    write(n, '/root/app/Dockerfile', NOTES);
    const r = build(n);
    expect(r.error).toBeUndefined();
    expect(names(r)).toEqual([
      '[internal] load build definition from Dockerfile',
      '[internal] load .dockerignore',
      '[internal] load metadata for docker.io/library/nginx:alpine',
      expect.stringMatching(/^\[1\/2\] FROM docker\.io\/library\/nginx:alpine@sha256:[0-9a-f]{64}$/),
      "[2/2] RUN echo 'Build Image From Containerd' > /usr/share/nginx/html/index.html",
      'exporting to oci image format',
    ]);
    const { manifest, config } = image(r);
    const last = manifest.layers[manifest.layers.length - 1];
    expect(last?.mediaType).toBe('application/vnd.docker.image.rootfs.diff.tar.gzip');
    // The layer's bytes: gzip of a tar whose digest is the config's last diff ID.
    const entries = readTar(r.result?.tarball ?? '');
    const blob = entries.find((e) => e.name === `blobs/sha256/${last?.digest.slice(7)}`)?.content ?? '';
    expect(digestBinary(blob)).toBe(last?.digest);
    const tar = gunzipBinary(blob);
    expect(digestBinary(tar)).toBe(config.rootfs.diff_ids[config.rootfs.diff_ids.length - 1]);
    const page = readTar(tar).find((e) => e.name === 'usr/share/nginx/html/index.html');
    expect(vfs.binaryToText(page?.content ?? '')).toBe('Build Image From Containerd\n');
    expect(readTar(tar).map((e) => e.name)).toEqual(['usr/', 'usr/share/', 'usr/share/nginx/', 'usr/share/nginx/html/', 'usr/share/nginx/html/index.html']);
    expect(config.history[config.history.length - 1]).toEqual({
      created: expect.any(String),
      created_by: "RUN /bin/sh -c echo 'Build Image From Containerd' > /usr/share/nginx/html/index.html # buildkit",
      comment: 'buildkit.dockerfile.v0',
    });
    expect(config.config.Cmd).toEqual(['nginx', '-g', 'daemon off;']);
  });

  it('gives the same digests for the same inputs on another node, and CACHED steps on a rebuild', () => {
    const a = node();
    const b = node();
    for (const n of [a, b]) write(n, '/root/app/Dockerfile', NOTES);
    const first = build(a);
    expect(build(b).result?.response['containerimage.digest']).toBe(first.result?.response['containerimage.digest']);
    const again = build(a);
    expect(names(again).filter((x) => x.endsWith('CACHED'))).toHaveLength(2);
    expect(again.result?.response).toEqual(first.result?.response);
  });

  it('keeps its cache in /var/lib/buildkit/cache.db: a node restored from its saved state rebuilds from it', () => {
    const n = node();
    write(n, '/root/app/Dockerfile', NOTES);
    const first = build(n);
    expect(vfs.exists(n.state.host.files, '/var/lib/buildkit/cache.db')).toBe(true);
    const restored = makeNode(JSON.parse(JSON.stringify(n.state)) as Node['state'], () => NOW);
    const again = build(restored);
    expect(names(again).filter((x) => x.endsWith('CACHED'))).toHaveLength(2);
    expect(again.result?.response).toEqual(first.result?.response);
    vfs.rm(restored.state.host.files, '/var/lib/buildkit', { recursive: true });
    expect(names(build(restored)).some((x) => x.endsWith('CACHED'))).toBe(false);
  });

  it('--no-cache runs every step again', () => {
    const n = node();
    write(n, '/root/app/Dockerfile', NOTES);
    build(n);
    const r = build(n, { noCache: true });
    expect(names(r).some((x) => x.endsWith('CACHED'))).toBe(false);
  });

  it('a changed context file misses the cache from its COPY on; an unrelated one does not', () => {
    const n = node();
    write(n, '/root/app/Dockerfile', 'FROM alpine\nCOPY page.html /www/\nRUN cat /www/page.html\n');
    write(n, '/root/app/page.html', 'v1\n');
    write(n, '/root/app/notes.txt', 'x\n');
    build(n);
    write(n, '/root/app/notes.txt', 'y\n');
    expect(names(build(n)).filter((x) => x.endsWith('CACHED'))).toEqual([
      expect.stringMatching(/^\[1\/3\] FROM .* CACHED$/),
      '[2/3] COPY page.html /www/ CACHED',
      '[3/3] RUN cat /www/page.html CACHED',
    ]);
    write(n, '/root/app/page.html', 'v2\n');
    const r = build(n);
    expect(names(r).filter((x) => x.endsWith('CACHED'))).toHaveLength(1);
    const run = r.trace.vertices.find((v) => v.name.includes('RUN'));
    expect(run?.logs.map((l) => l.text).join('')).toBe('v2\n');
  });

  it('multi-stage: COPY --from a named stage, --target stops at a stage, an unknown target fails', () => {
    const n = node();
    write(n, '/root/app/Dockerfile', 'FROM alpine AS build\nRUN echo built > /out.txt\nFROM busybox\nCOPY --from=build /out.txt /out.txt\nCMD ["cat", "/out.txt"]\n');
    const r = build(n);
    expect(names(r).slice(2)).toEqual([
      '[internal] load metadata for docker.io/library/alpine:latest',
      '[internal] load metadata for docker.io/library/busybox:latest',
      expect.stringMatching(/^\[build 1\/2\] FROM docker\.io\/library\/alpine:latest@sha256:/),
      '[build 2/2] RUN echo built > /out.txt',
      expect.stringMatching(/^\[stage-1 1\/2\] FROM docker\.io\/library\/busybox:latest@sha256:/),
      '[stage-1 2/2] COPY --from=build /out.txt /out.txt',
      'exporting to oci image format',
    ]);
    expect(image(r).config.config.Cmd).toEqual(['cat', '/out.txt']);
    const target = build(n, { target: 'build' });
    expect(names(target).some((x) => x.includes('busybox'))).toBe(false);
    expect(build(n, { target: 'nope' }).error?.message).toBe('target stage nope could not be found');
  });

  it('ENV, ARG (a build-arg, an ARG before FROM), WORKDIR, EXPOSE, USER, LABEL, HEALTHCHECK go into the config', () => {
    const n = node();
    write(
      n,
      '/root/app/Dockerfile',
      'ARG TAG=3.21\nFROM alpine:${TAG}\nARG GREETING=hi\nENV APP_HOME=/srv/app MODE=prod\nWORKDIR $APP_HOME\nRUN echo "$GREETING from $(pwd)" > hello.txt\nEXPOSE 8080\nLABEL org.example.team="build tools"\nUSER nobody\nHEALTHCHECK --interval=5s CMD true\nSTOPSIGNAL SIGTERM\nVOLUME /data\n',
    );
    const r = build(n, { args: { GREETING: 'hello' } });
    expect(r.error).toBeUndefined();
    const { config } = image(r);
    expect(config.config).toMatchObject({
      Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'APP_HOME=/srv/app', 'MODE=prod'],
      WorkingDir: '/srv/app',
      ExposedPorts: { '8080/tcp': {} },
      Labels: { 'org.example.team': 'build tools' },
      User: 'nobody',
      Healthcheck: { Test: ['CMD-SHELL', 'true'], Interval: 5_000_000_000 },
      StopSignal: 'SIGTERM',
      Volumes: { '/data': {} },
    });
    expect(config.history.slice(-10).map((h) => h.created_by)).toEqual([
      'ARG GREETING=hello',
      'ENV APP_HOME=/srv/app MODE=prod',
      'WORKDIR /srv/app',
      'RUN |1 GREETING=hello /bin/sh -c echo "$GREETING from $(pwd)" > hello.txt # buildkit',
      'EXPOSE map[8080/tcp:{}]',
      'LABEL org.example.team=build tools',
      'USER nobody',
      expect.stringMatching(/^HEALTHCHECK /),
      'STOPSIGNAL SIGTERM',
      'VOLUME [/data]',
    ]);
    const layer = r.trace.vertices.find((v) => v.name.includes('RUN'));
    // The step's name shows the command with the build's variables expanded, quotes kept.
    expect(layer?.name).toBe('[3/3] RUN echo "hello from $(pwd)" > hello.txt');
    expect(layer?.logs.map((l) => l.text).join('')).toBe('');
  });

  it('ADD unpacks a local tar archive into the destination; a plain file is copied', () => {
    const n = node();
    write(n, '/root/app/Dockerfile', 'FROM alpine\nADD site.tar.gz /srv/\nADD note.txt /srv/\nRUN cat /srv/www/index.html /srv/note.txt\n');
    write(n, '/root/app/note.txt', 'n\n');
    const tar = writeTar([{ name: 'www/', kind: 'dir', mode: 0o755 }, { name: 'www/index.html', kind: 'file', mode: 0o644, content: 'hi\n' }]);
    vfs.writeFile(n.state.host.files, '/root/app/site.tar.gz', bytesToBinary(gzipSync(binaryToBytes(tar))), { mtimeMs: NOW });
    const r = build(n);
    expect(r.error).toBeUndefined();
    const run = r.trace.vertices.find((v) => v.name.includes('RUN'));
    expect(run?.logs.map((l) => l.text).join('')).toBe('hi\nn\n');
  });

  it('.dockerignore keeps files out of the context', () => {
    const n = node();
    write(n, '/root/app/Dockerfile', 'FROM alpine\nCOPY . /src/\nRUN ls /src\n');
    write(n, '/root/app/.dockerignore', '*.log\nsecret/\n');
    write(n, '/root/app/app.txt', 'a\n');
    write(n, '/root/app/debug.log', 'x\n');
    write(n, '/root/app/secret/key', 'k\n');
    const r = build(n);
    const run = r.trace.vertices.find((v) => v.name.includes('RUN'));
    expect(run?.logs.map((l) => l.text).join('')).toBe('Dockerfile\napp.txt\n');
  });

  it('a failing RUN, a missing COPY source and an unknown image fail with buildkit\'s words and the line', () => {
    const n = node();
    write(n, '/root/app/Dockerfile', 'FROM alpine\nRUN echo start && false\n');
    expect(build(n).error).toMatchObject({ message: 'process "/bin/sh -c echo start && false" did not complete successfully: exit code: 1', range: { startLine: 2, endLine: 2 } });
    write(n, '/root/app/Dockerfile', 'FROM alpine\nCOPY missing.txt /\n');
    expect(build(n).error?.message).toMatch(/^failed to compute cache key: failed to calculate checksum of ref [a-z0-9]{25}::[a-z0-9]{25}: "\/missing.txt": not found$/);
    write(n, '/root/app/Dockerfile', 'FROM nginx:nope\n');
    expect(build(n).error).toMatchObject({ message: 'nginx:nope: docker.io/library/nginx:nope: not found', range: { startLine: 1, endLine: 1 } });
    vfs.rm(n.state.host.files, '/root/app/Dockerfile');
    expect(build(n).error?.message).toMatch(/^failed to read dockerfile: open \/var\/lib\/buildkit\/runc-overlayfs\/snapshots\/snapshots\/\d+\/fs\/Dockerfile: no such file or directory$/);
  });

  it('keeps the layer bytes a loaded image is unpacked from (real gzip, digest of the bytes)', () => {
    const n = node();
    write(n, '/root/app/Dockerfile', NOTES);
    const r = build(n);
    const { manifest } = image(r);
    const archive = readImageArchive(r.result?.tarball ?? '');
    const last = manifest.layers[manifest.layers.length - 1];
    const blob = archive.blob({ digest: last?.digest ?? '', mediaType: last?.mediaType ?? '', size: 0 });
    expect(digestBinary(rawBytesOf(blob ?? { digest: '', size: 0, mediaType: '' }) ?? '')).toBe(last?.digest);
  });
});
