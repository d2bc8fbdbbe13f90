// `ctr snapshots` (alias snapshot): the group and its --snapshotter flag; each verb lives in
// its own file. Verbs are listed in ctr 1.6's order.

import type { CtrCommand } from '../ctr-env';
import { commitCommand } from './commit';
import { diffCommand } from './diff';
import { infoCommand } from './info';
import { labelCommand } from './label';
import { listCommand } from './list';
import { mountsCommand } from './mounts';
import { prepareCommand } from './prepare';
import { removeCommand } from './remove';
import { snapshotterFlag } from './snapshotter-flag';
import { treeCommand } from './tree';
import { unpackCommand } from './unpack';
import { usageCommand } from './usage';
import { viewCommand } from './view';

export const snapshotsCommand: CtrCommand = {
  name: 'snapshots',
  aliases: ['snapshot'],
  usage: 'manage snapshots',
  flags: [snapshotterFlag],
  subcommands: [
    commitCommand,
    diffCommand,
    infoCommand,
    listCommand,
    mountsCommand,
    prepareCommand,
    removeCommand,
    labelCommand,
    treeCommand,
    unpackCommand,
    usageCommand,
    viewCommand,
  ],
};
