// `ctr snapshots commit <key> <active>`: the committed name comes first. ctr labels the
// result containerd.io/gc.root. Anything but two arguments prints the help.

import { rfc3339 } from '../../../containerd/client/index';
import type { CtrCommand } from '../ctr-env';
import { snapshotServiceOf } from './snapshotter-flag';
import { showSubcommandHelp } from '../../../cli/show-help';

export const commitCommand: CtrCommand = {
  name: 'commit',
  usage: 'commit an active snapshot into the provided name',
  argsUsage: '<key> <active>',
  action: (c) => {
    if (c.args.length !== 2) return showSubcommandHelp(c);
    const [name = '', active = ''] = c.args;
    const labels = { 'containerd.io/gc.root': rfc3339(c.env.node.nowMs()) };
    snapshotServiceOf(c).commit(name, active, labels);
  },
};
