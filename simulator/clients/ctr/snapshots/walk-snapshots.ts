// How `snapshots ls`, `tree` and `usage` (without keys) walk a snapshotter, as ctr's
// Snapshotter.Walk does: the snapshotter's name is checked first, then the namespace.

import { ContainerdError, unknown } from '../../../errdefs/errdefs';
import { validateRequestNamespace } from '../../../containerd/namespaces/namespaces';
import { checkSnapshotter, list, type SnapshotInfo } from '../../../containerd/snapshots/snapshots';
import { namespaceOf, type CtrContext } from '../ctr-env';
import { snapshotterOf } from './snapshotter-flag';

/**
 * Every snapshot of this invocation's namespace and snapshotter, in key order. Walk is a
 * stream: a namespace refused on the daemon side reaches ctr as a stream error, which gRPC
 * reports with code Unknown (`…: invalid argument: unknown`).
 */
export function walkSnapshots(c: CtrContext): SnapshotInfo[] {
  const snapshotter = snapshotterOf(c);
  checkSnapshotter(snapshotter);
  const ns = namespaceOf(c);
  try {
    validateRequestNamespace(ns);
  } catch (err) {
    throw err instanceof ContainerdError ? unknown(err.message) : err;
  }
  return list(c.env.node, ns, snapshotter);
}
