// The files a snapshot shows when mounted, and the files containers write into it. A
// committed layer's files come from its layer blob (state.containerd.blobs[layerDigest]);
// an active snapshot keeps what was written in `upper` (null = deleted, an overlay whiteout).
// The merged view stacks the chain lowest first, as overlayfs does with lowerdir+upperdir.

import type { Node } from '../../node';
import type { SnapshotRecord } from '../metadata/schema';
import type { LayerFile } from '../../oci/blob';
import { failedPrecondition } from '../../errdefs/errdefs';
import { getOwn, putOwn } from '../namespaces/records';
import { findStoredSnapshot, parentsOf, type StoredSnapshot } from './snapshot-chain';
import type { SnapshotUsage } from './snapshot-types';

const BLOCK = 4096;

/** "/bin/sh" for "bin/sh", "./bin/sh/" or "/bin//sh": one spelling per path. */
export function normalizePath(path: string): string {
  const parts = path.split('/').filter((p) => p !== '' && p !== '.');
  return `/${parts.join('/')}`;
}

/** The chain from the base layer up to the snapshot itself (lowest first). */
function chainOf(stored: StoredSnapshot): SnapshotRecord[] {
  return [stored.record, ...parentsOf(stored)].reverse();
}

function applyEntries(merged: Map<string, LayerFile>, entries: Record<string, LayerFile | null>): void {
  for (const [rawPath, file] of Object.entries(entries)) {
    const path = normalizePath(rawPath);
    if (file === null) {
      merged.delete(path);
      const prefix = path === '/' ? '/' : `${path}/`;
      for (const p of [...merged.keys()]) if (p.startsWith(prefix)) merged.delete(p);
    } else {
      merged.set(path, file);
    }
  }
}

/** The files one snapshot contributes by itself: its layer blob, then its upper dir. */
function ownLayers(node: Node, record: SnapshotRecord): Array<Record<string, LayerFile | null>> {
  const layers: Array<Record<string, LayerFile | null>> = [];
  if (record.layerDigest) {
    const blob = getOwn(node.state.containerd.blobs, record.layerDigest);
    if (blob?.files) layers.push(blob.files);
  }
  if (record.upper) layers.push(record.upper);
  return layers;
}

/**
 * The merged view of `key`: every layer of its parent chain, lowest first, then its own
 * files. Paths are absolute ("/etc/os-release"). Throws notFound for a missing key.
 */
export function snapshotFiles(node: Node, ns: string, snapshotter: string, key: string): Record<string, LayerFile> {
  const merged = new Map<string, LayerFile>();
  for (const layer of chainOf(findStoredSnapshot(node, ns, snapshotter, key))) for (const entries of ownLayers(node, layer)) applyEntries(merged, entries);
  const out: Record<string, LayerFile> = {};
  for (const [path, file] of merged) putOwn(out, path, file);
  return out;
}

function requireActive(node: Node, ns: string, snapshotter: string, key: string): SnapshotRecord {
  const { record } = findStoredSnapshot(node, ns, snapshotter, key);
  if (record.kind !== 'Active') throw failedPrecondition(`snapshot ${key} is not active`);
  return record;
}

/** Writes one file into active snapshot `key` (a container writing). Throws notFound / failedPrecondition. */
export function writeFile(node: Node, ns: string, snapshotter: string, key: string, path: string, file: LayerFile): void {
  const record = requireActive(node, ns, snapshotter, key);
  const upper = (record.upper ??= {});
  const p = normalizePath(path);
  delete upper[p]; // re-insert last so a recreate after a delete is applied in order
  putOwn(upper, p, file);
}

/** Deletes a path (and, for a directory, everything below it) in active snapshot `key`. */
export function removeFile(node: Node, ns: string, snapshotter: string, key: string, path: string): void {
  const record = requireActive(node, ns, snapshotter, key);
  const upper = (record.upper ??= {});
  const p = normalizePath(path);
  const prefix = `${p}/`;
  for (const q of Object.keys(upper)) if (q === p || q.startsWith(prefix)) delete upper[q];
  putOwn(upper, p, null);
}

/**
 * Records that layer blob `layerDigest` was unpacked into active snapshot `key` (the unpacker's
 * Apply before Commit). Throws notFound / failedPrecondition (not active).
 */
export function applyLayer(node: Node, ns: string, snapshotter: string, key: string, layerDigest: string): void {
  requireActive(node, ns, snapshotter, key).layerDigest = layerDigest;
}

function fileBytes(file: LayerFile): number {
  if (file.kind === 'dir') return BLOCK;
  if (file.kind === 'symlink') return 0;
  const size = file.size ?? file.content?.length ?? 0;
  return Math.ceil(size / BLOCK) * BLOCK;
}

/** du over a set of entries, plus the snapshot's own root directory. */
function duOf(layers: Array<Record<string, LayerFile | null>>, node: Node, layerDigest?: string): SnapshotUsage {
  let size = BLOCK;
  let inodes = 1;
  const blob = layerDigest ? getOwn(node.state.containerd.blobs, layerDigest) : undefined;
  for (const entries of layers) {
    const isBlobFiles = blob?.files !== undefined && entries === blob.files;
    let layerSize = 0;
    for (const file of Object.values(entries)) {
      inodes += 1; // a whiteout is a 0/0 character device: an inode, no blocks
      if (file) layerSize += fileBytes(file);
    }
    // A layer's listed files may be a sample; its unpacked size is the real figure.
    size += isBlobFiles && blob?.unpackedSize !== undefined ? blob.unpackedSize : layerSize;
  }
  return { size, inodes };
}

/** du of an active snapshot: overlay counts its upper dir; native holds a full copy. */
export function activeUsage(node: Node, ns: string, snapshotter: string, key: string): SnapshotUsage {
  const stored = findStoredSnapshot(node, ns, snapshotter, key);
  const { record } = stored;
  if (snapshotter === 'native') {
    const layers = chainOf(stored).flatMap((r) => ownLayers(node, r));
    return duOf(layers, node, record.layerDigest);
  }
  return duOf(ownLayers(node, record), node, record.layerDigest);
}

/**
 * Disk usage of `key` (ctr snapshots usage): committed snapshots keep what they had when
 * committed; an overlay view uses nothing of its own. Throws notFound.
 */
export function usage(node: Node, ns: string, snapshotter: string, key: string): SnapshotUsage {
  const { record } = findStoredSnapshot(node, ns, snapshotter, key);
  if (record.kind === 'Committed') return { size: record.size, inodes: record.inodes };
  if (record.kind === 'View' && snapshotter === 'overlayfs') return { size: 0, inodes: 0 };
  return activeUsage(node, ns, snapshotter, key);
}
