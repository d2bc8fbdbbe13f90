// `ctr snapshots prepare <key> [<parent>]`: a new active snapshot. ctr marks it with a
// containerd.io/gc.root label so the garbage collector keeps it although nothing references it.

import { rfc3339 } from '../../../containerd/client/index';
import type { CtrCommand } from '../ctr-env';
import { createSnapshotAction, prepareFlags } from './prepare-flags';
import { snapshotServiceOf } from './snapshotter-flag';

export const prepareCommand: CtrCommand = {
  name: 'prepare',
  usage: 'prepare a snapshot from a committed snapshot',
  argsUsage: '[flags] <key> [<parent>]',
  flags: prepareFlags,
  action: createSnapshotAction((c, key, parent) => {
    const labels = { 'containerd.io/gc.root': rfc3339(c.env.node.nowMs()) };
    return snapshotServiceOf(c).prepare(key, parent, labels);
  }),
};
