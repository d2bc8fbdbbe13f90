// `ctr snapshots diff`: writes a layer tarball of the changes between two snapshots to the
// content store and prints it. The simulator keeps no tar bytes for snapshots, so it says so,
// after the checks the real command makes first (containerd v1.6.20 cmd/ctr/commands/snapshots/
// snapshots.go diffCommand: the id is required; rootfs.CreateDiff or withMounts Stat each snapshot).

import { NotSimulatedError } from '../../../cli/not-simulated';
import { plain } from '../../../errdefs/errdefs';
import type { CtrCommand } from '../ctr-env';
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
    const snapshots = snapshotServiceOf(c);
    snapshots.stat(idA);
    if (idB !== '') snapshots.stat(idB);
    throw new NotSimulatedError('"ctr snapshots diff"', "containerd's diff service (docs/content-flow.md)");
  },
};
