// How one stored snapshot finds its bucket and its parents. The files a snapshot shows
// (files.ts) and its mounts (mounts.ts) both walk the same chain of parents, so they find it
// here. Lookups only: no namespace or snapshotter validation (the service did that already).

import type { Node } from '../../node';
import type { SnapshotRecord } from '../metadata/schema';
import { notFound } from '../../errdefs/errdefs';
import { getNamespace } from '../namespaces/namespaces';
import { getOwn } from '../namespaces/records';

/** A snapshot's record together with the bucket (namespace + snapshotter) it lives in. */
export interface StoredSnapshot {
  bucket: Record<string, SnapshotRecord>;
  record: SnapshotRecord;
}

/** The stored snapshot `key`; throws notFound `snapshot <key> does not exist`. */
export function findStoredSnapshot(node: Node, ns: string, snapshotter: string, key: string): StoredSnapshot {
  const nsRecord = getNamespace(node, ns);
  const bucket = nsRecord ? getOwn(nsRecord.snapshots, snapshotter) : undefined;
  const record = bucket ? getOwn(bucket, key) : undefined;
  if (!bucket || !record) throw notFound(`snapshot ${key} does not exist`);
  return { bucket, record };
}

/** The parents of `record`, nearest first; stops at a missing parent or a loop. */
export function parentsOf({ bucket, record }: StoredSnapshot): SnapshotRecord[] {
  const parents: SnapshotRecord[] = [];
  const seen = new Set<string>();
  let parent = record.parent;
  while (parent !== '' && !seen.has(parent)) {
    seen.add(parent);
    const p = getOwn(bucket, parent);
    if (!p) break;
    parents.push(p);
    parent = p.parent;
  }
  return parents;
}
