// `ctr snapshots prepare <key> [<parent>]`: a new active snapshot. ctr marks it with a
// containerd.io/gc.root label so the garbage collector keeps it although nothing references it.

import { rfc3339 } from '../../../containerd/events/timestamp';
import { prepare } from '../../../containerd/snapshots/snapshots';
import { namespaceOf, type CtrCommand } from '../ctr-env';
import { prepareFlags, printMounts } from './prepare-flags';
import { snapshotterOf } from './snapshotter-flag';

export const prepareCommand: CtrCommand = {
  name: 'prepare',
  usage: 'prepare a snapshot from a committed snapshot',
  argsUsage: '[flags] <key> [<parent>]',
  flags: prepareFlags,
  action: (c) => {
    const [key, parent = ''] = c.args;
    if (key === undefined) {
      c.io.stdout(c.helpText());
      return;
    }
    const labels = { 'containerd.io/gc.root': rfc3339(c.env.node.nowMs()) };
    printMounts(c, prepare(c.env.node, namespaceOf(c), snapshotterOf(c), key, parent, labels));
  },
};
