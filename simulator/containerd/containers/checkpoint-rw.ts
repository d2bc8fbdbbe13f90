// The rw layer of a container checkpoint (`ctr c checkpoint --rw`): containerd diffs the
// container's snapshot against its parent (rootfs.CreateDiff) and stores the result as a gzip
// layer. Here the diff is the snapshot's upper dir, written as a real tar.gz — real bytes, so
// `ctr content get <digest> | tar tzv` lists it and its digest is the digest of those bytes.
// (The images area's encodeLayer stands in for catalogue layers whose digest is declared, not
// computed; a diff made here has no declared digest, so it gets real bytes instead.)

import { gzipSync } from 'fflate';
import type { Node } from '../../node';
import { writeBlob } from '../content/content-store';
import { binaryBytes, digestBinary } from '../../oci/digest';
import { packRaw } from '../../oci/raw-bytes';
import { MEDIA_TYPE } from '../../oci/media-types';
import type { Blob, LayerFile } from '../../oci/blob';
import type { Descriptor } from '../../oci/descriptor';
import { findStoredSnapshot } from '../snapshots/snapshot-chain';
import { bytesToBinary } from '../../host/native-codecs';
import { writeTar, type TarEntry } from '../../host/tar';
import { textToBinary } from '../../host/vfs';


/** Tar entries of an upper dir: files as they are, deletions as overlay-style `.wh.` whiteouts. */
function diffEntries(upper: Record<string, LayerFile | null>, mtime: number): TarEntry[] {
  const entries: TarEntry[] = [];
  for (const path of Object.keys(upper).sort()) {
    const name = path.replace(/^\/+/, '');
    if (name === '') continue;
    const file = upper[path];
    if (file === undefined) continue;
    const at = file?.mtime ?? mtime;
    if (file === null) {
      const slash = name.lastIndexOf('/');
      entries.push({ name: `${name.slice(0, slash + 1)}.wh.${name.slice(slash + 1)}`, kind: 'file', content: '', mode: 0o644, mtime: at });
    } else if (file.kind === 'dir') entries.push({ name: `${name}/`, kind: 'dir', mode: file.mode, mtime: at });
    else if (file.kind === 'symlink') entries.push({ name, kind: 'symlink', linkname: file.content ?? '', mode: file.mode, mtime: at });
    else entries.push({ name, kind: 'file', content: textToBinary(file.content ?? ''), mode: file.mode, mtime: at });
  }
  return entries;
}

/**
 * Writes the diff of snapshot `key` against its parent into the content store (labelled with
 * its uncompressed digest, as the diff service does) and returns its descriptor.
 * Throws notFound when the snapshot is missing.
 */
export function writeRwLayer(node: Node, ns: string, snapshotter: string, key: string): Descriptor {
  const { record } = findStoredSnapshot(node, ns, snapshotter, key);
  const upper = record.upper ?? {};
  const tar = writeTar(diffEntries(upper, Math.floor(node.nowMs() / 1000)));
  const gz = bytesToBinary(gzipSync(binaryBytes(tar), { level: 6, mtime: 0 }));
  const digest = digestBinary(gz);
  const diffId = digestBinary(tar);
  const files: Record<string, LayerFile> = {};
  for (const [path, file] of Object.entries(upper)) if (file) files[path] = file;
  const blob: Blob = {
    digest,
    size: gz.length,
    mediaType: MEDIA_TYPE.ociLayerGzip,
    files,
    diffId,
    uncompressedSize: tar.length,
    rawDeflated: packRaw(gz),
  };
  writeBlob(node, ns, blob, { 'containerd.io/uncompressed': diffId });
  return { mediaType: blob.mediaType, digest, size: blob.size, platform: { architecture: 'amd64', os: 'linux' } };
}
