// `ctr snapshots diff`: writes a layer tarball of the changes between two snapshots to the
// content store and prints it. The simulator keeps no tar bytes for snapshots, so it says so,
// after the steps the real command takes before the differ runs (containerd v1.6.20
// cmd/ctr/commands/snapshots/snapshots.go diffCommand: the id is required, then under a lease
// rootfs.CreateDiff for one id, withMounts for two). Both mount what is not active through a
// temporary view on it, which a view (not committed) cannot parent: that refusal is real output.

import { NotSimulatedError } from '../../../cli/not-simulated';
import { plain } from '../../../errdefs/errdefs';
import type { Snapshotter } from '../../../containerd/client/index';
import { clientOf, type CtrCommand } from '../ctr-env';
import { snapshotServiceOf } from './snapshotter-flag';

export const diffCommand: CtrCommand = {
  name: 'diff',
  usage: "get the diff of two snapshots. the default second snapshot is the first snapshot's parent.",
  argsUsage: '[flags] <idA> [<idB>]',
  flags: [
    {
      names: ['media-type'],
      kind: 'string',
      usage: 'media type to use for creating diff',
      value: 'application/vnd.oci.image.layer.v1.tar+gzip',
    },
    { names: ['ref'], kind: 'string', usage: 'content upload reference to use' },
    { names: ['keep'], kind: 'bool', usage: 'keep diff content. up to creator to delete it.' },
    { names: ['label'], kind: 'stringSlice', usage: 'labels to attach to the image' },
  ],
  action: (c) => {
    const [idA = '', idB = ''] = c.args;
    if (idA === '') throw plain('snapshot id must be provided');
    // The diff runs under a lease ctr takes right after dialing (client.WithLease), before any look-up.
    clientOf(c).leases.withLease(() => {
      const snapshots = snapshotServiceOf(c);
      if (idB === '') createDiff(snapshots, idA);
      else withMounts(snapshots, idA, () => withMounts(snapshots, idB, () => undefined));
      throw new NotSimulatedError('"ctr snapshots diff"', "containerd's diff service (docs/content-flow.md)");
    });
  },
};

/** rootfs.CreateDiff's mounts: a view of the parent (lower), the snapshot itself or a view of it (upper). */
function createDiff(snapshots: Snapshotter, id: string): void {
  const info = snapshots.stat(id);
  // uniquePart() is the clock's nanoseconds and three random bytes; nobody sees the key.
  const lowerKey = `${info.parent}-parent-view-0-ctrlab`;
  snapshots.view(lowerKey, info.parent);
  try {
    if (info.kind === 'Active') snapshots.mounts(id);
    else {
      const upperKey = `${id}-view-0-ctrlab`;
      snapshots.view(upperKey, id);
      snapshots.remove(upperKey);
    }
  } finally {
    snapshots.remove(lowerKey);
  }
}

/** snapshots.go withMounts: an active snapshot's own mounts, else those of a view `<id>-view-key` on it. */
function withMounts(snapshots: Snapshotter, id: string, then: () => void): void {
  const info = snapshots.stat(id);
  if (info.kind === 'Active') {
    snapshots.mounts(id);
    then();
    return;
  }
  const key = `${id}-view-key`;
  snapshots.view(key, id);
  try {
    then();
  } finally {
    snapshots.remove(key);
  }
}
