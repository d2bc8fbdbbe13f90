// `ctr snapshots unpack <digest>`: applies a manifest's layers by hand. `ctr images pull` and
// `ctr images import` unpack for you; this low-level path is not modelled, and says so.

import { NotSimulatedError } from '../../../cli/not-simulated';
import type { CtrCommand } from '../ctr-env';
import { snapshotterFlag } from './snapshotter-flag';

export const unpackCommand: CtrCommand = {
  name: 'unpack',
  usage: 'unpack applies layers from a manifest to a snapshot',
  argsUsage: '[flags] <digest>',
  flags: [snapshotterFlag],
  action: () => {
    throw new NotSimulatedError('"ctr snapshots unpack"', "containerd's docs/content-flow.md (use ctr images pull or import)");
  },
};
