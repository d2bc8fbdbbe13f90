// Builds the oracle's test images without a network: a root filesystem from Debian's
// busybox-static, wrapped as (1) an OCI image layout whose index names linux/amd64 and
// linux/arm64/v8, and (2) a `docker save` archive of a stand-in nginx. Every byte is
// reproducible (sorted names, fixed times, numeric owners, gzip without a name or time), so the
// real containerd and the simulator see the very same digests.

import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const EPOCH = '2023-06-01T00:00:00Z';
const BUSYBOX = '/bin/busybox';

export interface BuiltArchives {
  /** OCI layout of docker.io/library/busybox:latest. */
  busyboxOci: string;
  /** docker save archive of docker.io/library/nginx:alpine (a busybox httpd stand-in). */
  nginxDocker: string;
}

export const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');

function run(cmd: string, args: string[], cwd?: string): Buffer {
  const r = spawnSync(cmd, args, { cwd, maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.stderr.toString()}`);
  return r.stdout;
}

/** A reproducible tar of `dir`'s contents (GNU tar, entries sorted, times and owners fixed). */
export function reproducibleTar(dir: string): Buffer {
  return run('tar', [
    '--sort=name', `--mtime=${EPOCH}`, '--owner=0', '--group=0', '--numeric-owner',
    '--format=posix', '--pax-option=exthdr.name=%d/PaxHeaders/%f,delete=atime,delete=ctime',
    '-C', dir, '-cf', '-', '.',
  ]);
}

export function gzip(data: Buffer): Buffer {
  const r = spawnSync('gzip', ['-n', '-9', '-c'], { input: data, maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error('gzip failed');
  return r.stdout;
}

function writeTree(root: string, files: Record<string, string>): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
}

/** busybox-static with one symlink per applet, plus the few files a base image has. */
export function busyboxRootfs(root: string): void {
  mkdirSync(join(root, 'bin'), { recursive: true });
  writeFileSync(join(root, 'bin/busybox'), readFileSync(BUSYBOX));
  chmodSync(join(root, 'bin/busybox'), 0o755);
  const applets = run(BUSYBOX, ['--list']).toString().split('\n').filter(Boolean);
  for (const applet of applets) if (applet !== 'busybox') symlinkSync('busybox', join(root, 'bin', applet));
  for (const dir of ['dev', 'proc', 'sys', 'tmp', 'root', 'home', 'var/www', 'usr/sbin']) mkdirSync(join(root, dir), { recursive: true });
  chmodSync(join(root, 'tmp'), 0o1777);
  writeTree(root, {
    'etc/passwd': 'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/home:/bin/false\n',
    'etc/group': 'root:x:0:\nnobody:x:65534:\n',
    'etc/hostname': 'busybox\n',
  });
}

function nginxOverlay(root: string): void {
  writeTree(root, {
    'etc/os-release':
      'NAME="Alpine Linux"\nID=alpine\nVERSION_ID=3.18.0\nPRETTY_NAME="Alpine Linux v3.18"\n',
    'usr/share/nginx/html/index.html': '<h1>Welcome to nginx!</h1>\n',
    // A stand-in for nginx: busybox httpd serving the page on :80, in the foreground.
    'usr/sbin/nginx':
      '#!/bin/sh\necho "fake nginx: $*"\nexec httpd -f -p 80 -h /usr/share/nginx/html\n',
  });
  chmodSync(join(root, 'usr/sbin/nginx'), 0o755);
}

function json(value: unknown): string {
  return JSON.stringify(value);
}

export function imageConfig(arch: string, variant: string | undefined, diffIds: string[], extra: Record<string, unknown>) {
  return json({
    architecture: arch,
    ...(variant ? { variant } : {}),
    config: { Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'], ...extra },
    created: EPOCH,
    history: diffIds.map(() => ({ created: EPOCH, created_by: 'ctrlab oracle image' })),
    os: 'linux',
    rootfs: { type: 'layers', diff_ids: diffIds.map((d) => `sha256:${d}`) },
  });
}

/** An OCI image layout being written in `layout`: stores a blob and gives its sha256 hex. */
export function blobWriter(layout: string): (data: Buffer | string) => string {
  const blobs = join(layout, 'blobs/sha256');
  mkdirSync(blobs, { recursive: true });
  return (data) => {
    const hex = sha256(data);
    writeFileSync(join(blobs, hex), data);
    return hex;
  };
}

/** A one-layer OCI image manifest over a stored config and gzipped layer. */
export function oneLayerManifest(config: { hex: string; size: number }, layer: { hex: string; size: number }): string {
  return json({
    schemaVersion: 2,
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
    config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: `sha256:${config.hex}`, size: config.size },
    layers: [{ mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', digest: `sha256:${layer.hex}`, size: layer.size }],
  });
}

/** The layout's oci-layout file and the index.json naming its stored image index as `name` (tag `ref`). */
export function writeLayoutIndex(layout: string, index: { hex: string; size: number }, name: string, ref: string): void {
  writeFileSync(join(layout, 'oci-layout'), json({ imageLayoutVersion: '1.0.0' }));
  writeFileSync(
    join(layout, 'index.json'),
    json({
      schemaVersion: 2,
      manifests: [{
        mediaType: 'application/vnd.oci.image.index.v1+json', digest: `sha256:${index.hex}`, size: index.size,
        annotations: { 'io.containerd.image.name': name, 'org.opencontainers.image.ref.name': ref },
      }],
    }),
  );
}

/** Makes `outDir`, then runs `build` in a fresh scratch directory that is removed afterwards. */
export function buildInScratch<T>(outDir: string, prefix: string, build: (work: string) => T): T {
  mkdirSync(outDir, { recursive: true });
  const work = mkdtempSync(join(tmpdir(), prefix));
  try {
    return build(work);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

export function buildOracleArchives(outDir: string): BuiltArchives {
  return buildInScratch(outDir, 'ctrlab-images-', (work) => {
    const bbRoot = join(work, 'busybox');
    busyboxRootfs(bbRoot);
    const bbTar = reproducibleTar(bbRoot);
    const bbGz = gzip(bbTar);

    // (1) OCI layout: index → amd64 manifest (present) + arm64/v8 manifest (listed only).
    const layout = join(work, 'oci');
    const put = blobWriter(layout);
    const layerHex = put(bbGz);
    const configText = imageConfig('amd64', undefined, [sha256(bbTar)], { Cmd: ['sh'] });
    const configHex = put(configText);
    const manifest = oneLayerManifest({ hex: configHex, size: configText.length }, { hex: layerHex, size: bbGz.length });
    const manifestHex = put(manifest);
    const armManifest = manifest.replace('"schemaVersion":2', '"schemaVersion":2,"annotations":{"ctrlab.platform":"arm64"}');
    const armHex = sha256(armManifest); // listed in the index, blobs deliberately absent
    const index = json({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.index.v1+json',
      manifests: [
        { mediaType: 'application/vnd.oci.image.manifest.v1+json', digest: `sha256:${manifestHex}`, size: manifest.length, platform: { architecture: 'amd64', os: 'linux' } },
        { mediaType: 'application/vnd.oci.image.manifest.v1+json', digest: `sha256:${armHex}`, size: armManifest.length, platform: { architecture: 'arm64', os: 'linux', variant: 'v8' } },
      ],
    });
    const indexHex = put(index);
    writeLayoutIndex(layout, { hex: indexHex, size: index.length }, 'docker.io/library/busybox:latest', 'latest');
    const busyboxOci = join(outDir, 'busybox-oci.tar');
    writeFileSync(busyboxOci, reproducibleTar(layout));

    // (2) docker save archive: busybox layer + the nginx stand-in layer, uncompressed.
    const ngRoot = join(work, 'nginx');
    nginxOverlay(ngRoot);
    const ngTar = reproducibleTar(ngRoot);
    const save = join(work, 'save');
    const layerIds = [sha256(bbTar), sha256(ngTar)];
    for (const id of layerIds) mkdirSync(join(save, id), { recursive: true });
    writeFileSync(join(save, layerIds[0]!, 'layer.tar'), bbTar);
    writeFileSync(join(save, layerIds[1]!, 'layer.tar'), ngTar);
    const ngConfig = imageConfig('amd64', undefined, layerIds, {
      Cmd: ['nginx', '-g', 'daemon off;'],
      ExposedPorts: { '80/tcp': {} },
      StopSignal: 'SIGQUIT',
    });
    const ngConfigHex = sha256(ngConfig);
    writeFileSync(join(save, `${ngConfigHex}.json`), ngConfig);
    writeFileSync(
      join(save, 'manifest.json'),
      json([{ Config: `${ngConfigHex}.json`, RepoTags: ['nginx:alpine'], Layers: layerIds.map((id) => `${id}/layer.tar`) }]),
    );
    writeFileSync(join(save, 'repositories'), json({ nginx: { alpine: layerIds[1] } }));
    const nginxDocker = join(outDir, 'nginx-docker.tar');
    writeFileSync(nginxDocker, reproducibleTar(save));
    return { busyboxOci, nginxDocker };
  });
}
