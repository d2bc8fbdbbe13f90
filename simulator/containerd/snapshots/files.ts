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
import { LayeredFiles } from './layered-files';
import type { SnapshotUsage } from './snapshot-types';

const BLOCK = 4096;

/** "/bin/sh" for "bin/sh", "./bin/sh/" or "/bin//sh": one spelling per path. */
export function normalizePath(path: string): string {
  // Layer lists and upper dirs already spell almost every path this way: no split needed.
  if (isNormalPath(path)) return path;
  const parts = path.split('/').filter((p) => p !== '' && p !== '.');
  return `/${parts.join('/')}`;
}

/** True when normalizePath(path) === path: absolute, no empty or "." part, no trailing slash. */
function isNormalPath(path: string): boolean {
  if (path === '/') return true;
  if (path.charCodeAt(0) !== 0x2f || path.charCodeAt(path.length - 1) === 0x2f) return false;
  // "//", "/./" and a last "/." are what the split would drop (".." is kept as it is).
  return !path.includes('//') && !path.includes('/./') && !path.endsWith('/.');
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
  const out: Record<string, LayerFile> = {};
  // Every path starts with "/", so none is "__proto__": plain assignment makes own properties.
  for (const [path, file] of snapshotFileMap(node, ns, snapshotter, key)) out[path] = file;
  return out;
}

/**
 * snapshotFiles as a Map the caller owns (a fresh one each call), in the same order. Throws
 * notFound for a missing key.
 */
export function snapshotFileMap(node: Node, ns: string, snapshotter: string, key: string): Map<string, LayerFile> {
  const stored = findStoredSnapshot(node, ns, snapshotter, key);
  const parents = parentsOf(stored).reverse();
  const merged = new Map(committedFiles(node, parents));
  for (const entries of ownLayers(node, stored.record)) applyEntries(merged, entries);
  return merged;
}

/**
 * Snapshot `key`'s merged view as a copy-on-write view the caller owns: the image's layers are
 * shared (cached per committed chain), only the snapshot's own entries are copied in. Changes
 * to the view stay in it. Throws notFound for a missing key.
 */
export function snapshotView(node: Node, ns: string, snapshotter: string, key: string): LayeredFiles<LayerFile> {
  const stored = findStoredSnapshot(node, ns, snapshotter, key);
  const view = new LayeredFiles(committedFiles(node, parentsOf(stored).reverse()));
  for (const entries of ownLayers(node, stored.record)) {
    for (const [rawPath, file] of Object.entries(entries)) {
      const path = normalizePath(rawPath);
      if (file === null) view.delete(path);
      else view.set(path, file);
    }
  }
  return view;
}

/**
 * One path of snapshot `key`'s merged view at a time, for callers that look up a few paths
 * (mount points, copy-up): the same answers as snapshotFileMap(...).get(path) without copying
 * the image's files. Reflects the snapshot as it was when called. Throws notFound.
 */
export function snapshotFileLookup(node: Node, ns: string, snapshotter: string, key: string): (path: string) => LayerFile | undefined {
  const stored = findStoredSnapshot(node, ns, snapshotter, key);
  const lower = committedFiles(node, parentsOf(stored).reverse());
  // The snapshot's own entries in the order applyEntries meets them; usually few (an upper dir).
  const own: Array<[string, LayerFile | null]> = [];
  for (const entries of ownLayers(node, stored.record)) for (const [rawPath, file] of Object.entries(entries)) own.push([normalizePath(rawPath), file]);
  return (path) => {
    let found = lower.get(path);
    for (const [p, file] of own) {
      if (file === null) {
        if (p === path || path.startsWith(p === '/' ? '/' : `${p}/`)) found = undefined;
      } else if (p === path) found = file;
    }
    return found;
  };
}

/** A committed chain's merged files, with the layer objects they were merged from. */
interface MergedChain {
  layers: Array<Record<string, LayerFile | null>>;
  merged: ReadonlyMap<string, LayerFile>;
}

/**
 * Merged files of committed chains by their top layer object. A committed snapshot never
 * changes (writes need an active one; commit makes a new record) and a layer blob's files are
 * fixed (the registry's catalogue shares them between nodes), so a container's start, exec and
 * mount points, and the next node pulling the same image, reuse one merge of the image's layers
 * instead of re-walking them. An entry counts only for the very same layer objects, in order.
 */
const committedChains = new WeakMap<Record<string, LayerFile | null>, MergedChain>();

/** The merged view of `chain` (lowest first); not to be modified. */
function committedFiles(node: Node, chain: SnapshotRecord[]): ReadonlyMap<string, LayerFile> {
  const layers = chain.flatMap((record) => ownLayers(node, record));
  const top = layers[layers.length - 1];
  const cacheable = top !== undefined && chain.every((record) => record.kind === 'Committed');
  const cached = cacheable ? committedChains.get(top) : undefined;
  if (cached && cached.layers.length === layers.length && cached.layers.every((l, i) => l === layers[i])) return cached.merged;
  const merged = new Map<string, LayerFile>();
  for (const entries of layers) applyEntries(merged, entries);
  if (cacheable) committedChains.set(top, { layers, merged });
  return merged;
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

/** Entry count and summed block size of one layer's entries. */
interface LayerDu {
  entries: number;
  bytes: number;
}

/** LayerDu of layer blobs' file lists, which never change: each commit of an unpack needs its layer's. */
const blobLayerDu = new WeakMap<Record<string, LayerFile | null>, LayerDu>();

function layerDu(entries: Record<string, LayerFile | null>): LayerDu {
  let count = 0;
  let bytes = 0;
  for (const file of Object.values(entries)) {
    count += 1; // a whiteout is a 0/0 character device: an inode, no blocks
    if (file) bytes += fileBytes(file);
  }
  return { entries: count, bytes };
}

/** du over a set of entries, plus the snapshot's own root directory. */
function duOf(layers: Array<Record<string, LayerFile | null>>, node: Node, layerDigest?: string): SnapshotUsage {
  let size = BLOCK;
  let inodes = 1;
  const blob = layerDigest ? getOwn(node.state.containerd.blobs, layerDigest) : undefined;
  for (const entries of layers) {
    const isBlobFiles = blob?.files !== undefined && entries === blob.files;
    let du = isBlobFiles ? blobLayerDu.get(entries) : undefined;
    if (du === undefined) {
      du = layerDu(entries);
      if (isBlobFiles) blobLayerDu.set(entries, du);
    }
    inodes += du.entries;
    // A layer's listed files may be a sample; its unpacked size is the real figure.
    size += isBlobFiles && blob?.unpackedSize !== undefined ? blob.unpackedSize : du.bytes;
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
 * committed; a view uses nothing of its own (overlay and native alike: their Usage measures only
 * an active snapshot's directory). Throws notFound.
 */
export function usage(node: Node, ns: string, snapshotter: string, key: string): SnapshotUsage {
  const { record } = findStoredSnapshot(node, ns, snapshotter, key);
  if (record.kind === 'Committed') return { size: record.size, inodes: record.inodes };
  if (record.kind === 'View') return { size: 0, inodes: 0 };
  return activeUsage(node, ns, snapshotter, key);
}
