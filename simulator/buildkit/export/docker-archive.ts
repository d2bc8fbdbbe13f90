// The tarball the docker and oci exporters send to the client (containerd's
// images/archive exporter, which buildkit's exporter/oci uses): an OCI layout with
// blobs/sha256/<hex> in digest order, index.json naming the image, a Docker manifest.json with
// its familiar RepoTags (the docker variant only) and oci-layout.

import { writeTar, type TarEntry } from '../../host/tar';
import { textToBinary } from '../../host/vfs';
import { layerBytes } from '../../oci/archive/layer-payload';
import { familiarDockerRef } from '../../oci/archive/docker-ref';
import { MEDIA_TYPE } from '../../oci/media-types';
import type { ExportedImage } from './image-blobs';

function tagOf(name: string): string {
  const at = name.indexOf('@');
  const base = at === -1 ? name : name.slice(0, at);
  const colon = base.lastIndexOf(':');
  return colon > base.lastIndexOf('/') ? base.slice(colon + 1) : '';
}

/** Archives already written, by image and names: a rebuild that changed nothing sends the same bytes. */
const written = new Map<string, string>();
const WRITTEN_LIMIT = 8;

/** The archive (binary string) of `image` under `names` (none: an unnamed image). */
export function dockerArchive(image: ExportedImage, names: readonly string[], variant: 'docker' | 'oci'): string {
  const key = `${image.manifestDigest} ${variant} ${names.join(',')}`;
  const hit = written.get(key);
  if (hit !== undefined) return hit;
  const archive = writeArchive(image, names, variant);
  if (written.size >= WRITTEN_LIMIT) written.clear();
  written.set(key, archive);
  return archive;
}

function writeArchive(image: ExportedImage, names: readonly string[], variant: 'docker' | 'oci'): string {
  const blobs = new Map<string, string>();
  blobs.set(image.manifestDigest, textToBinary(image.manifestText));
  blobs.set(image.configDigest, textToBinary(image.configText));
  for (const layer of image.layers) blobs.set(layer.digest, layerBytes(layer));
  const entries: TarEntry[] = [
    { name: 'blobs/', kind: 'dir', mode: 0o755 },
    { name: 'blobs/sha256/', kind: 'dir', mode: 0o755 },
  ];
  for (const digest of [...blobs.keys()].sort()) entries.push({ name: `blobs/sha256/${digest.slice(7)}`, kind: 'file', mode: 0o444, content: blobs.get(digest) ?? '' });
  const descriptor = (annotations?: Record<string, string>) => ({
    mediaType: MEDIA_TYPE.dockerManifest,
    digest: image.manifestDigest,
    size: textToBinary(image.manifestText).length,
    ...(annotations ? { annotations } : {}),
  });
  const manifests = names.length === 0
    ? [descriptor()]
    : names.map((n) => descriptor({ 'io.containerd.image.name': n, 'org.opencontainers.image.ref.name': tagOf(n) }));
  entries.push({ name: 'index.json', kind: 'file', mode: 0o644, content: textToBinary(JSON.stringify({ schemaVersion: 2, manifests })) });
  if (variant === 'docker') {
    const tags = names.map((n) => familiarDockerRef(n)).filter((t): t is string => t !== undefined);
    const row = { Config: `blobs/sha256/${image.configDigest.slice(7)}`, ...(tags.length > 0 ? { RepoTags: tags } : {}), Layers: image.layers.map((l) => `blobs/sha256/${l.digest.slice(7)}`) };
    entries.push({ name: 'manifest.json', kind: 'file', mode: 0o644, content: textToBinary(JSON.stringify([row])) });
  }
  entries.push({ name: 'oci-layout', kind: 'file', mode: 0o444, content: '{"imageLayoutVersion":"1.0.0"}' });
  return writeTar(entries);
}
