// The snapshots group's --snapshotter flag (ctr's commands.SnapshotterFlags) and how a verb
// reads it: empty means the daemon's default, overlayfs.

import type { FlagSpec } from '../../../cli/spec';
import { DEFAULT_SNAPSHOTTER, type Snapshotter } from '../../../containerd/client/index';
import type { CtrContext } from '../ctr-env';
import { clientOf } from '../ctr-env';

export const snapshotterFlag: FlagSpec = {
  names: ['snapshotter'],
  kind: 'string',
  usage: 'snapshotter name. Empty value stands for the default value.',
  envVar: 'CONTAINERD_SNAPSHOTTER',
};

/** The snapshotter this invocation talks to. */
export function snapshotterOf(c: CtrContext): string {
  return c.string('snapshotter') || DEFAULT_SNAPSHOTTER;
}

/** client.SnapshotService(--snapshotter) in this invocation's namespace. */
export function snapshotServiceOf(c: CtrContext): Snapshotter {
  return clientOf(c).snapshots.service(snapshotterOf(c));
}
