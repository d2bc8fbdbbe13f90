// `ctr snapshots diff`: writes a layer tarball of the changes between two snapshots to the
// content store and prints it. The simulator keeps no tar bytes for snapshots, so it says so.

import { NotSimulatedError } from '../../../cli/not-simulated';
import type { CtrCommand } from '../ctr-env';

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
  action: () => {
    throw new NotSimulatedError('"ctr snapshots diff"', "containerd's diff service (docs/content-flow.md)");
  },
};
