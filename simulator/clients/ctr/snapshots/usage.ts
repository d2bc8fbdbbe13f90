// `ctr snapshots usage [-b] [<key>, ...]`: KEY, SIZE, INODES through tabwriter (1, 8, 1, ' ').
// SIZE is containerd's progress.Bytes (binary units, one decimal) unless -b. With keys, a
// missing one fails the whole command before anything is printed (the table is flushed last).

import { tabwrite } from '../../../cli/tabwriter';
import { progressBytes } from '../../../cli/units';
import type { CtrCommand } from '../ctr-env';
import { snapshotServiceOf } from './snapshotter-flag';

export const usageCommand: CtrCommand = {
  name: 'usage',
  usage: 'usage snapshots',
  argsUsage: '[flags] [<key>, ...]',
  flags: [{ names: ['b'], kind: 'bool', usage: 'display size in bytes' }],
  action: (c) => {
    const snapshotter = snapshotServiceOf(c);
    const keys = c.args.length > 0 ? [...c.args] : snapshotter.walk().map((s) => s.name);
    let text = 'KEY\tSIZE\tINODES\t\n';
    for (const key of keys) {
      const u = snapshotter.usage(key);
      text += `${key}\t${c.bool('b') ? String(u.size) : progressBytes(u.size)}\t${u.inodes}\t\n`;
    }
    c.io.stdout(tabwrite(text, { minwidth: 1, tabwidth: 8, padding: 1, padchar: ' ' }));
  },
};
