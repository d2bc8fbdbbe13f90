// The snapshotter service as containerd's metadata layer presents it (metadata/snapshot.go
// over snapshots/overlay or snapshots/native): per namespace and snapshotter, keys with a
// kind (Active, View, Committed) and a parent. Prepare/View make a new snapshot on top of a
// committed parent, Commit turns an active snapshot into a committed one under a new name,
// Remove refuses a snapshot that still has children.
//
// Two numbers per snapshot copy the real node: `id` is the backend's directory number
// (snapshots/<id>/fs), global per snapshotter and kept across commit; `metaId` is the
// metadata bucket sequence that shows up in errors as "<namespace>/<metaId>/<key>".

import type { Node } from '../../node';
import type { NamespaceRecord, SnapshotKind, SnapshotRecord } from '../metadata/schema';
import { alreadyExists, failedPrecondition, invalidArgument, notFound, unknown } from '../../errdefs/errdefs';
import { publishEvent } from '../events/events';
import { markGcDirty, noteGcMutation } from '../gc/dirty';
import { dropUnreferencedBlob } from '../content/content-store';
import { nowRfc3339Nano } from '../events/timestamp';
import { goQuote } from '../../go/quote';
import { ensureNamespace, getNamespace, validateLabel, validateRequestNamespace } from '../namespaces/namespaces';
import { getOwn, putOwn } from '../namespaces/records';
import { activeUsage } from './files';
import { snapshotMounts } from './mounts';
import { LOADED_SNAPSHOTTERS, type Mount, type SnapshotInfo } from './snapshot-types';

/** Throws invalidArgument `snapshotter not loaded: <name>` for anything but overlayfs/native. */
export function checkSnapshotter(snapshotter: string): void {
  if (!LOADED_SNAPSHOTTERS.includes(snapshotter)) throw invalidArgument(`snapshotter not loaded: ${snapshotter}`);
}

function readBucket(node: Node, ns: string, snapshotter: string): Record<string, SnapshotRecord> | undefined {
  checkSnapshotter(snapshotter);
  validateRequestNamespace(ns);
  const record = getNamespace(node, ns);
  return record ? getOwn(record.snapshots, snapshotter) : undefined;
}

function writeBucket(node: Node, ns: string, snapshotter: string): { nsRecord: NamespaceRecord; bucket: Record<string, SnapshotRecord> } {
  checkSnapshotter(snapshotter);
  const nsRecord = ensureNamespace(node, ns);
  let bucket = getOwn(nsRecord.snapshots, snapshotter);
  if (!bucket) {
    bucket = {};
    putOwn(nsRecord.snapshots, snapshotter, bucket);
  }
  return { nsRecord, bucket };
}

/** The stored record of `key`, or undefined. For reading only: never mutate what it returns. */
export function getSnapshot(node: Node, ns: string, snapshotter: string, key: string): SnapshotRecord | undefined {
  const bucket = readBucket(node, ns, snapshotter);
  return bucket ? getOwn(bucket, key) : undefined;
}

/** The record of `key`; throws notFound `snapshot <key> does not exist`. */
function requireSnapshot(node: Node, ns: string, snapshotter: string, key: string): SnapshotRecord {
  const record = getSnapshot(node, ns, snapshotter, key);
  if (!record) throw notFound(`snapshot ${key} does not exist`);
  return record;
}

function nextMetaId(nsRecord: NamespaceRecord, snapshotter: string): number {
  const seq = (nsRecord.snapshotSeq ??= {});
  const next = (getOwn(seq, snapshotter) ?? 0) + 1;
  putOwn(seq, snapshotter, next);
  return next;
}

function nextBackendId(node: Node, snapshotter: string): number {
  const seq = (node.state.containerd.snapshotterSeq ??= {});
  const next = (getOwn(seq, snapshotter) ?? 0) + 1;
  putOwn(seq, snapshotter, next);
  return next;
}

function metaKey(ns: string, record: SnapshotRecord, key: string): string {
  return `${ns}/${record.metaId ?? 0}/${key}`;
}

function toInfo(name: string, r: SnapshotRecord): SnapshotInfo {
  return { name, kind: r.kind, parent: r.parent, labels: { ...r.labels }, created: r.createdAt, updated: r.updatedAt };
}

function createSnapshot(
  node: Node,
  ns: string,
  snapshotter: string,
  kind: SnapshotKind,
  key: string,
  parent: string,
  labels: Record<string, string>,
): Mount[] {
  for (const [k, v] of Object.entries(labels)) validateLabel(k, v);
  const { nsRecord, bucket } = writeBucket(node, ns, snapshotter);
  if (getOwn(bucket, key)) throw alreadyExists(`snapshot ${goQuote(key)}`);
  const parentRecord = parent === '' ? undefined : getOwn(bucket, parent);
  if (parent !== '' && !parentRecord) throw notFound(`parent snapshot ${parent} does not exist`);
  // The metadata bucket (and its sequence number) is made before the backend checks the
  // parent, so a refused prepare still uses up a number, as on a real node.
  const metaId = nextMetaId(nsRecord, snapshotter);
  if (parentRecord && parentRecord.kind !== 'Committed') {
    throw invalidArgument(
      `failed to create snapshot: parent ${goQuote(metaKey(ns, parentRecord, parent))} is not committed snapshot`,
    );
  }
  const id = nextBackendId(node, snapshotter);
  // metadata/snapshot.go makes the key's bucket only after the backend made its snapshot; bolt
  // refuses an empty name then (ErrBucketNameRequired, surfaced as unknown). Both sequence
  // numbers are used up by then.
  if (key === '') throw unknown('bucket name required');
  const now = nowRfc3339Nano(node);
  const record: SnapshotRecord = {
    kind,
    parent,
    labels: { ...labels },
    createdAt: now,
    updatedAt: now,
    size: 0,
    inodes: 0,
    id,
    metaId,
  };
  if (kind === 'Active') record.upper = {};
  putOwn(bucket, key, record);
  noteGcMutation(node);
  // containerd's snapshots service publishes prepare but not view.
  if (kind === 'Active') publishEvent(node, ns, '/snapshot/prepare', parent === '' ? { key } : { key, parent });
  return snapshotMounts(node, ns, snapshotter, key);
}

/** The shape of prepare and view: `parent` "" means an empty snapshot; returns the new mounts. */
export type CreateSnapshot = (
  node: Node,
  ns: string,
  snapshotter: string,
  key: string,
  parent?: string,
  labels?: Record<string, string>,
) => Mount[];

function creatorOf(kind: SnapshotKind): CreateSnapshot {
  return (node, ns, snapshotter, key, parent = '', labels = {}) =>
    createSnapshot(node, ns, snapshotter, kind, key, parent, labels);
}

/**
 * Creates active snapshot `key` on committed `parent` ("" for an empty one) and returns its
 * mounts. Throws alreadyExists (`snapshot "c1": already exists`), notFound (`parent snapshot
 * x does not exist`), invalidArgument (parent not committed, bad namespace or snapshotter).
 */
export const prepare: CreateSnapshot = creatorOf('Active');

/** Like prepare, but a read-only View (no upper dir; mounts are read-only). */
export const view: CreateSnapshot = creatorOf('View');

/**
 * Commits active snapshot `key` as `name` (the active key disappears; the backend dir and its
 * files stay). Throws alreadyExists for `name`, notFound for `key`, failedPrecondition when
 * `key` is not active. Labels of the committed snapshot are `labels` only, as in containerd.
 */
export function commit(
  node: Node,
  ns: string,
  snapshotter: string,
  name: string,
  key: string,
  labels: Record<string, string> = {},
): void {
  for (const [k, v] of Object.entries(labels)) validateLabel(k, v);
  // Commit only looks the snapshotter's bucket up (metadata/snapshot.go:516): a namespace that
  // never held a snapshot of this snapshotter has none, whatever key is asked for.
  const bucket = readBucket(node, ns, snapshotter);
  const nsRecord = getNamespace(node, ns);
  if (!bucket || !nsRecord) throw notFound(`can not find snapshotter ${goQuote(snapshotter)}`);
  if (getOwn(bucket, name)) throw alreadyExists(`snapshot ${goQuote(name)}`);
  // Commit's bolt CreateBucket(name) comes before the active key is looked up.
  if (name === '') throw unknown('bucket name required');
  const active = getOwn(bucket, key);
  // With name == key the bucket Commit just created IS the one it looks the key up in: found,
  // but empty, so the overlay snapshotter is asked to commit the empty key and its storage
  // answers without one (snapshots/storage/bolt.go withSnapshotBucket); the transaction rolls back.
  if (!active) throw notFound(name === key ? 'snapshot does not exist' : `snapshot ${key} does not exist`);
  if (active.kind !== 'Active') {
    throw failedPrecondition(`failed to commit snapshot: snapshot ${goQuote(metaKey(ns, active, key))} is not active`);
  }
  const usage = activeUsage(node, ns, snapshotter, key);
  const now = nowRfc3339Nano(node);
  const committed: SnapshotRecord = {
    kind: 'Committed',
    parent: active.parent,
    labels: { ...labels },
    createdAt: now,
    updatedAt: now,
    size: usage.size,
    inodes: usage.inodes,
    metaId: nextMetaId(nsRecord, snapshotter),
  };
  if (active.id !== undefined) committed.id = active.id;
  if (active.layerDigest !== undefined) committed.layerDigest = active.layerDigest;
  if (active.upper && Object.keys(active.upper).length > 0) committed.upper = active.upper;
  delete bucket[key];
  putOwn(bucket, name, committed);
  noteGcMutation(node);
  publishEvent(node, ns, '/snapshot/commit', { key, name });
}

/**
 * Removes snapshot `key`. Throws notFound (`snapshot nope does not exist`) and
 * failedPrecondition (`cannot remove snapshot with child`): a parent must outlive its
 * children. A container's snapshot can be removed under it, as on a real node.
 */
export function remove(node: Node, ns: string, snapshotter: string, key: string): void {
  const bucket = readBucket(node, ns, snapshotter);
  if (!bucket || !getOwn(bucket, key)) throw notFound(`snapshot ${key} does not exist`);
  for (const record of Object.values(bucket)) {
    if (record.parent === key) throw failedPrecondition('cannot remove snapshot with child');
  }
  const removed = bucket[key];
  delete bucket[key];
  // A snapshot unpacked from a layer whose content is already gone was its bytes' last user.
  if (removed?.layerDigest !== undefined) dropUnreferencedBlob(node, removed.layerDigest);
  markGcDirty(node);
  publishEvent(node, ns, '/snapshot/remove', { key });
}

/** Info of `key`; throws notFound `snapshot <key> does not exist`. */
export function stat(node: Node, ns: string, snapshotter: string, key: string): SnapshotInfo {
  return toInfo(key, requireSnapshot(node, ns, snapshotter, key));
}

/** Every snapshot of the namespace in this snapshotter, sorted by key (bolt order). */
export function list(node: Node, ns: string, snapshotter: string): SnapshotInfo[] {
  const bucket = readBucket(node, ns, snapshotter);
  if (!bucket) return [];
  // Plain sort() compares UTF-16 code units: the same order as bolt's bytes for these keys.
  return Object.keys(bucket)
    .sort()
    .map((key) => toInfo(key, bucket[key] as SnapshotRecord));
}

/**
 * Sets labels on `key` (an empty value removes that label) and bumps Updated. Returns the new
 * info. Throws notFound for a missing key, invalidArgument for an oversized label.
 */
export function updateLabels(
  node: Node,
  ns: string,
  snapshotter: string,
  key: string,
  labels: Record<string, string>,
): SnapshotInfo {
  const record = requireSnapshot(node, ns, snapshotter, key);
  // The whole update is one bolt transaction: an empty key with a value (bolt's ErrKeyRequired, through
  // boltutil.WriteLabels and the metadata snapshotter's wrap) changes nothing. An empty value is skipped first.
  for (const [k, v] of Object.entries(labels)) {
    if (k === '' && v !== '') throw unknown(`failed to read labels: failed to set label ""=${goQuote(v)}: key required`);
  }
  for (const [k, v] of Object.entries(labels)) {
    validateLabel(k, v);
    if (v === '') delete record.labels[k];
    else putOwn(record.labels, k, v);
  }
  record.updatedAt = nowRfc3339Nano(node);
  noteGcMutation(node);
  return toInfo(key, record);
}

/** Mounts of an active snapshot or view (see mounts.ts); throws notFound / failedPrecondition. */
export function mounts(node: Node, ns: string, snapshotter: string, key: string): Mount[] {
  requireSnapshot(node, ns, snapshotter, key);
  return snapshotMounts(node, ns, snapshotter, key);
}
