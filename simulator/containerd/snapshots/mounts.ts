// What a snapshot mounts as, per snapshotter, as containerd 1.6 computes it:
//   overlayfs, no parent       → bind <dir>/fs (rw for active, ro for a view)
//   overlayfs, view of 1 layer → bind the parent's fs read-only
//   overlayfs, otherwise       → overlay: index=off, [workdir, upperdir,] lowerdir=nearest:…:base
//   native                     → bind its own directory (a full copy), rbind + rw/ro

import type { Node } from '../../node';
import { failedPrecondition } from '../../errdefs/errdefs';
import { findStoredSnapshot, parentsOf } from './snapshot-chain';
import { CONTAINERD_ROOT, type Mount } from './snapshot-types';

/** Directory of the snapshotter's snapshot number `id` on the node. */
function snapshotDir(snapshotter: string, id: number): string {
  return `${CONTAINERD_ROOT}/io.containerd.snapshotter.v1.${snapshotter}/snapshots/${id}`;
}

/**
 * Mounts of `key`. Throws notFound if missing and failedPrecondition
 * (`failed to get active mount: requested snapshot <ns>/<n>/<key> not active or view`) for a
 * committed snapshot.
 */
export function snapshotMounts(node: Node, ns: string, snapshotter: string, key: string): Mount[] {
  const stored = findStoredSnapshot(node, ns, snapshotter, key);
  const { record } = stored;
  if (record.kind === 'Committed') {
    throw failedPrecondition(
      `failed to get active mount: requested snapshot ${ns}/${record.metaId ?? 0}/${key} not active or view`,
    );
  }
  const id = record.id ?? 0;
  const rw = record.kind === 'Active' ? 'rw' : 'ro';
  if (snapshotter !== 'overlayfs') {
    return [{ type: 'bind', source: snapshotDir(snapshotter, id), options: ['rbind', rw] }];
  }
  const parents = parentsOf(stored).map((p) => p.id ?? 0);
  if (parents.length === 0) {
    return [{ type: 'bind', source: `${snapshotDir(snapshotter, id)}/fs`, options: [rw, 'rbind'] }];
  }
  const options = ['index=off'];
  if (record.kind === 'Active') {
    options.push(`workdir=${snapshotDir(snapshotter, id)}/work`, `upperdir=${snapshotDir(snapshotter, id)}/fs`);
  } else if (parents.length === 1) {
    return [{ type: 'bind', source: `${snapshotDir(snapshotter, parents[0] ?? 0)}/fs`, options: ['ro', 'rbind'] }];
  }
  options.push(`lowerdir=${parents.map((p) => `${snapshotDir(snapshotter, p)}/fs`).join(':')}`);
  return [{ type: 'overlay', source: 'overlay', options }];
}
