// `ctr snapshots diff` (containerd v1.6.20 cmd/ctr/commands/snapshots/snapshots.go diffCommand):
// under a lease ctr takes right after dialing, the diff service writes the layer of changes —
// of one snapshot over its parent (rootfs.CreateDiff: a view of the parent, the snapshot itself
// if active, else a view of it), or between two snapshots (withMounts on each, then Compare) —
// and ctr copies the layer's bytes to stdout. --label and --keep (a gc.root label) label the
// content; without --keep nothing holds it once the lease is gone, and the collector takes it.
// A view (not committed) cannot parent the view made on it: that refusal is real output.

import { plain } from '../../../errdefs/errdefs';
import { rfc3339, type Snapshotter } from '../../../containerd/client/index';
import { layerBytes } from '../../../oci/archive/layer-payload';
import { labelArgs } from '../namespaces/label-args';
import { clientOf, type CtrCommand } from '../ctr-env';
import { snapshotServiceOf, snapshotterOf } from './snapshotter-flag';

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
    const client = clientOf(c);
    client.leases.withLease(() => {
      const labels = labelArgs(c.stringSlice('label'));
      if (c.bool('keep')) labels['containerd.io/gc.root'] = rfc3339(c.env.node.nowMs());
      const options = { mediaType: c.string('media-type'), labels };
      const snapshotter = snapshotterOf(c);
      const snapshots = snapshotServiceOf(c);
      const desc =
        idB === ''
          ? client.diff.createDiff(snapshotter, idA, options)
          : withMounts(snapshots, idA, () => withMounts(snapshots, idB, () => client.diff.compare(snapshotter, idA, idB, options)));
      c.io.stdoutBytes(layerBytes(client.content.read(desc.digest)));
    });
  },
};

/** snapshots.go withMounts: an active snapshot's own mounts, else those of a view `<id>-view-key` on it. */
function withMounts<T>(snapshots: Snapshotter, id: string, then: () => T): T {
  const info = snapshots.stat(id);
  if (info.kind === 'Active') {
    snapshots.mounts(id);
    return then();
  }
  const key = `${id}-view-key`;
  snapshots.view(key, id);
  try {
    return then();
  } finally {
    snapshots.remove(key);
  }
}
