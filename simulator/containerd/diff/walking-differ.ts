// containerd 1.6's diff service with its walking differ (diff/walking/differ.go) and the
// rootfs package around it (rootfs/diff.go CreateDiff): Compare writes the changes between a
// snapshot and its parent into the content store as a layer, labelled with its uncompressed
// digest; Apply unpacks a layer into an active snapshot. A snapshot here keeps its changes as
// its upper dir (null = deleted), which is the tree a walk over lower and upper finds: files
// as they are, deletions as `.wh.<name>` whiteouts, in path order. The bytes are real (tar,
// gzip), so `ctr content get` and `tar tzv` read them back and the digest is theirs.

import { gzipSync } from 'fflate';
import type { Node } from '../../node';
import type { Blob, LayerFile } from '../../oci/blob';
import type { Descriptor } from '../../oci/descriptor';
import { binaryBytes, digestBinary } from '../../oci/digest';
import { MEDIA_TYPE } from '../../oci/media-types';
import { packRaw } from '../../oci/raw-bytes';
import { bytesToBinary } from '../../host/native-codecs';
import { writeTar, type TarEntry } from '../../host/tar';
import { textToBinary } from '../../host/vfs';
import { uniquePart } from '../../host/unique-part';
import { ContainerdError, notFound } from '../../errdefs/errdefs';
import { getBlob, hasContent, writeBlob } from '../content/content-store';
import { applyLayer, remove, snapshotFileMap, stat, view } from '../snapshots/snapshots';
import { findStoredSnapshot } from '../snapshots/snapshot-chain';

/** Label the differ puts on the layer it writes: the digest of the uncompressed tar. */
export const UNCOMPRESSED_LABEL = 'containerd.io/uncompressed';

/** Tar entries of an upper dir: files as they are, deletions as overlay-style `.wh.` whiteouts. */
function diffEntries(upper: Readonly<Record<string, LayerFile | null>>, mtime: number): TarEntry[] {
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

export interface CompareOptions {
  /** diff.WithMediaType; the walking differ's default is the OCI gzip layer. */
  mediaType?: string;
  /** diff.WithLabels: labels the written content is committed with. */
  labels?: Readonly<Record<string, string>>;
  /** Whether the blob keeps the deletions as files of its own (an image layer does). */
  keepWhiteouts?: boolean;
}

/**
 * The walking differ's Compare for a snapshot's own changes: writes the layer (tar, or tar+gzip)
 * and returns its descriptor.
 */
export function writeDiff(node: Node, ns: string, upper: Readonly<Record<string, LayerFile | null>>, options: CompareOptions = {}): Descriptor {
  const mediaType = options.mediaType || MEDIA_TYPE.ociLayerGzip;
  if (mediaType !== MEDIA_TYPE.ociLayer && mediaType !== MEDIA_TYPE.ociLayerGzip) {
    throw new ContainerdError('not implemented', `unsupported diff media type: ${mediaType}: not implemented`);
  }
  const tar = writeTar(diffEntries(upper, Math.floor(node.nowMs() / 1000)));
  const bytes = mediaType === MEDIA_TYPE.ociLayer ? tar : bytesToBinary(gzipSync(binaryBytes(tar), { level: 6, mtime: 0 }));
  const diffId = digestBinary(tar);
  const files: Record<string, LayerFile | null> = {};
  for (const [path, file] of Object.entries(upper)) if (file || (file === null && options.keepWhiteouts)) files[path] = file;
  const blob: Blob = {
    digest: digestBinary(bytes),
    size: bytes.length,
    mediaType,
    files,
    diffId,
    uncompressedSize: tar.length,
    rawDeflated: packRaw(bytes),
  };
  // Only a compressed layer is labelled with its tar's digest; an uncompressed one is its own.
  const labels: Record<string, string> = { ...options.labels };
  if (mediaType === MEDIA_TYPE.ociLayerGzip) labels[UNCOMPRESSED_LABEL] = diffId;
  writeBlob(node, ns, blob, labels);
  return { mediaType, digest: blob.digest, size: blob.size };
}

/**
 * rootfs.CreateDiff(ctx, key, sn, differ): a view of the parent as the lower mounts, the
 * snapshot itself (active) or a view of it as the upper, Compare, the views removed again.
 * Throws notFound for a missing snapshot.
 */
export function createDiff(node: Node, ns: string, snapshotter: string, key: string, options: CompareOptions = {}): Descriptor {
  const info = stat(node, ns, snapshotter, key);
  const lowerKey = `${info.parent ?? ''}-parent-view-${uniquePart(node.state.random)}`;
  view(node, ns, snapshotter, lowerKey, info.parent ?? '');
  try {
    let upperKey: string | undefined;
    if (info.kind !== 'Active') {
      upperKey = `${key}-view-${uniquePart(node.state.random)}`;
      view(node, ns, snapshotter, upperKey, key);
    }
    try {
      const { record } = findStoredSnapshot(node, ns, snapshotter, key);
      const own = record.upper ?? (record.layerDigest ? (getBlob(node, ns, record.layerDigest).files ?? {}) : {});
      // The differ's tar carries the deletions as whiteouts, and so does the layer it describes.
      return writeDiff(node, ns, own, { ...options, keepWhiteouts: true });
    } finally {
      if (upperKey) remove(node, ns, snapshotter, upperKey);
    }
  } finally {
    remove(node, ns, snapshotter, lowerKey);
  }
}

function sameFile(a: LayerFile, b: LayerFile): boolean {
  return a.kind === b.kind && a.mode === b.mode && a.content === b.content && a.size === b.size && a.mtime === b.mtime;
}

/**
 * Compare(ctx, mounts of `lowerKey`, mounts of `upperKey`): what the upper tree has that the
 * lower has not or has otherwise, and a whiteout for each topmost path only the lower has.
 * Throws notFound for a missing snapshot.
 */
export function compareSnapshots(node: Node, ns: string, snapshotter: string, lowerKey: string, upperKey: string, options: CompareOptions = {}): Descriptor {
  const lower = snapshotFileMap(node, ns, snapshotter, lowerKey);
  const upper = snapshotFileMap(node, ns, snapshotter, upperKey);
  const changes: Record<string, LayerFile | null> = {};
  for (const [path, file] of upper) {
    const before = lower.get(path);
    if (path !== '/' && (!before || !sameFile(before, file))) changes[path] = file;
  }
  for (const path of lower.keys()) {
    const parent = path.slice(0, path.lastIndexOf('/')) || '/';
    // A path below a directory that is gone as a whole goes with its parent's whiteout.
    if (path !== '/' && !upper.has(path) && !(lower.has(parent) && !upper.has(parent))) changes[path] = null;
  }
  return writeDiff(node, ns, changes, { ...options, keepWhiteouts: true });
}

/** Apply(ctx, desc, mounts) into active snapshot `key`. notFound when the layer is not in `ns`. */
export function applyDiff(node: Node, ns: string, snapshotter: string, key: string, desc: Descriptor): Descriptor {
  if (!hasContent(node, ns, desc.digest)) throw notFound(`content digest ${desc.digest}`);
  applyLayer(node, ns, snapshotter, key, desc.digest);
  return desc;
}
