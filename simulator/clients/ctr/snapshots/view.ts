// `ctr snapshots view <key> [<parent>]`: a read-only view. Unlike prepare, ctr sets no
// gc.root label on it.

import type { CtrCommand } from '../ctr-env';
import { createSnapshotAction, prepareFlags } from './prepare-flags';
import { snapshotServiceOf } from './snapshotter-flag';

export const viewCommand: CtrCommand = {
  name: 'view',
  usage: 'create a read-only snapshot from a committed snapshot',
  argsUsage: '[flags] <key> [<parent>]',
  flags: prepareFlags,
  action: createSnapshotAction((c, key, parent) => snapshotServiceOf(c).view(key, parent)),
};
