// `ctr snapshots mounts <target> <key>`: the mount commands that would mount the snapshot at
// <target>. Anything but two arguments prints the help.

import type { CtrCommand } from '../ctr-env';
import { mountLine } from './mount-line';
import { snapshotServiceOf } from './snapshotter-flag';
import { showSubcommandHelp } from '../../../cli/show-help';

export const mountsCommand: CtrCommand = {
  name: 'mounts',
  aliases: ['m', 'mount'],
  usage: 'mount gets mount commands for the snapshots',
  argsUsage: '<target> <key>',
  action: (c) => {
    if (c.args.length !== 2) return showSubcommandHelp(c);
    const [target = '', key = ''] = c.args;
    for (const m of snapshotServiceOf(c).mounts(key)) c.io.stdout(`${mountLine(m, target)}\n`);
  },
};
