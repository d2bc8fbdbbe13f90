import { gzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Node } from '../../node';
import { readTar, writeTar, type TarEntry } from '../../host/tar';
import { binaryBytes, digestBytes, digestText } from '../../oci/digest';
import { contentInfo } from '../content/content-store';
import { snapshotFiles } from '../snapshots/files';
import { exportImages } from './export-images';
import { importImages, refTranslator, reusableLayer } from './import-images';
import { MEDIA_TYPE } from '../../oci/media-types';
import { parseManifest } from '../../oci/documents';
import { makeImagesNode } from './test-support';
import { unpackImage } from './unpack';
import { readImageArchive } from '../../oci/archive/read-archive';

// A real layer, as tar and gzip write it: a binary with NUL bytes, applet links, a hard link,
// a text file and a whiteout.
const BINARY = `\x7fELF\x02\x01\x01\0${'\0\x01\xff'.repeat(3000)}`;
const MTIME = Date.UTC(2023, 5, 1) / 1000;
const LAYER_ENTRIES: TarEntry[] = [
  { name: './', kind: 'dir', mode: 0o755 },
  { name: './bin/', kind: 'dir', mode: 0o755 },
  { name: './bin/busybox', kind: 'file', mode: 0o755, content: BINARY },
  { name: './bin/sh', kind: 'symlink', mode: 0o777, linkname: 'busybox' },
  { name: './bin/sleep', kind: 'symlink', mode: 0o777, linkname: 'busybox' },
  { name: './bin/bb-copy', kind: 'hardlink', mode: 0o755, linkname: './bin/busybox' },
  { name: './etc/', kind: 'dir', mode: 0o755 },
  { name: './etc/passwd', kind: 'file', mode: 0o644, content: 'root:x:0:0:root:/root:/bin/sh\n' },
  { name: './etc/.wh.shadow', kind: 'file', mode: 0o644, content: '' },
  { name: './tmp/', kind: 'dir', mode: 0o1777 },
].map((e): TarEntry => ({ ...(e as TarEntry), mtime: MTIME }));
const TAR = writeTar(LAYER_ENTRIES);
const GZIP = String.fromCharCode(...gzipSync(binaryBytes(TAR), { mtime: 0 }));
const digestOf = (binary: string) => digestBytes(binaryBytes(binary));
const DIFF_ID = digestOf(TAR);
const CONFIG = `{"architecture":"amd64","config":{"Cmd":["sh"]},"os":"linux","rootfs":{"type":"layers","diff_ids":["${DIFF_ID}"]}}`;

function file(name: string, content: string): TarEntry {
  return { name, kind: 'file', mode: 0o644, content };
}

function ociArchive(): string {
  const manifest =
    `{"schemaVersion":2,"mediaType":"${MEDIA_TYPE.ociManifest}","config":{"mediaType":"${MEDIA_TYPE.ociConfig}","digest":"${digestText(CONFIG)}","size":${CONFIG.length}},` +
    `"layers":[{"mediaType":"${MEDIA_TYPE.ociLayerGzip}","digest":"${digestOf(GZIP)}","size":${GZIP.length}}]}`;
  const index = `{"schemaVersion":2,"manifests":[{"mediaType":"${MEDIA_TYPE.ociManifest}","digest":"${digestText(manifest)}","size":${manifest.length},"annotations":{"io.containerd.image.name":"docker.io/library/tiny:latest"}}]}`;
  return writeTar([
    file('oci-layout', '{"imageLayoutVersion":"1.0.0"}'),
    file('index.json', index),
    file(`blobs/sha256/${digestText(manifest).slice(7)}`, manifest),
    file(`blobs/sha256/${digestText(CONFIG).slice(7)}`, CONFIG),
    file(`blobs/sha256/${digestOf(GZIP).slice(7)}`, GZIP),
  ]);
}

function dockerArchive(): string {
  return writeTar([
    file('config.json', CONFIG),
    file('layer/layer.tar', TAR),
    file('manifest.json', '[{"Config":"config.json","RepoTags":["tiny:docker"],"Layers":["layer/layer.tar"]}]'),
  ]);
}

function importArchive(node: Node, archive: string, unpack = true, ns = 'default') {
  const images = importImages(node, ns, readImageArchive(archive, { reuse: reusableLayer(node, ns) }), { refTranslator: refTranslator('import', false) });
  if (unpack) for (const image of images) unpackImage(node, ns, image);
  return images;
}

function layerOf(node: Node, manifestDigest: string) {
  const text = node.state.containerd.blobs[manifestDigest]?.data ?? '';
  return parseManifest(text).layers[0];
}

describe('importing a real archive', () => {
  it('reads the gzip layer into the files a container sees', () => {
    const node = makeImagesNode();
    const [image] = importArchive(node, ociArchive());
    const files = snapshotFiles(node, 'default', 'overlayfs', DIFF_ID);
    expect(files['/bin/sleep']).toEqual({ kind: 'symlink', content: 'busybox', mode: 0o777, mtime: MTIME });
    expect(files['/bin/busybox']).toEqual({ kind: 'file', mode: 0o755, size: BINARY.length, mtime: MTIME });
    expect(files['/bin/bb-copy']).toEqual(files['/bin/busybox']);
    expect(files['/etc/passwd']?.content).toBe('root:x:0:0:root:/root:/bin/sh\n');
    expect(files['/tmp']).toEqual({ kind: 'dir', mode: 0o1777, mtime: MTIME });
    expect(Object.keys(files).some((p) => p.includes('.wh.'))).toBe(false);
    expect(image?.name).toBe('docker.io/library/tiny:latest');
  });

  it('exports the very bytes it imported', () => {
    const node = makeImagesNode();
    const images = importArchive(node, ociArchive());
    const exported = readTar(exportImages(node, 'default', images));
    const layer = exported.find((e) => e.name === `blobs/sha256/${digestOf(GZIP).slice(7)}`);
    expect(layer?.content === GZIP).toBe(true);
  });
});

describe('exporting names', () => {
  it('writes ref.name from reference.Parse and RepoTags from the docker parser', () => {
    const node = makeImagesNode();
    const [image] = importArchive(node, ociArchive());
    if (!image) throw new Error('import failed');
    const names = ['plain', 'bb:unc', 'docker.io/library/tiny:latest'];
    const archive = readTar(exportImages(node, 'default', names.map((name) => ({ ...image, name }))));
    const index = JSON.parse(archive.find((e) => e.name === 'index.json')?.content ?? '') as { manifests: Array<{ annotations: Record<string, string> }> };
    // "bb:unc" reads as a host with a bad port, so the whole name is kept.
    expect(index.manifests.map((m) => m.annotations['org.opencontainers.image.ref.name'])).toEqual(['', 'bb:unc', 'latest']);
    const manifest = JSON.parse(archive.find((e) => e.name === 'manifest.json')?.content ?? '') as Array<{ RepoTags: string[] }>;
    expect(manifest[0]?.RepoTags).toEqual(['plain:latest', 'bb:unc', 'tiny:latest']);
  });
});

describe('importing a docker archive (resolveLayers)', () => {
  it('uses the gzip blob an unpack labelled with the layer diff ID', () => {
    const node = makeImagesNode();
    importArchive(node, ociArchive());
    const [image] = importArchive(node, dockerArchive());
    expect(layerOf(node, image?.target.digest ?? '')).toEqual({ mediaType: MEDIA_TYPE.dockerLayerGzip, digest: digestOf(GZIP), size: GZIP.length });
    expect(node.state.containerd.blobs[DIFF_ID]).toBeUndefined();
  });

  it('keeps the uncompressed tar when nothing was unpacked from a compressed form', () => {
    const node = makeImagesNode();
    importArchive(node, ociArchive(), false);
    const [image] = importArchive(node, dockerArchive());
    expect(layerOf(node, image?.target.digest ?? '')).toEqual({ mediaType: MEDIA_TYPE.dockerLayer, digest: DIFF_ID, size: TAR.length });
    expect(contentInfo(node, 'default', DIFF_ID).labels).toEqual({ 'containerd.io/uncompressed': DIFF_ID });
    // Labelled as its own uncompressed form, the tar is found again and stays a plain layer.
    const [again] = importArchive(node, dockerArchive());
    expect(again?.target.digest).toBe(image?.target.digest);
  });

  it('looks only in the importing namespace', () => {
    const node = makeImagesNode();
    importArchive(node, ociArchive(), true, 'other');
    const [image] = importArchive(node, dockerArchive());
    expect(layerOf(node, image?.target.digest ?? '')?.digest).toBe(DIFF_ID);
  });
});
