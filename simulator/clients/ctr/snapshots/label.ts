// `ctr snapshots label <name> [<label>=<value> ...]`: updates labels (empty value removes)
// and prints the snapshot's resulting labels joined by commas. The real ctr prints them in Go
// map order, which varies run to run; this prints them sorted, one of the orders it can show.

import type { CtrCommand } from '../ctr-env';
import { formatLabels, labelArgs } from '../namespaces/label-args';
import { snapshotServiceOf } from './snapshotter-flag';

export const labelCommand: CtrCommand = {
  name: 'label',
  usage: 'add labels to content',
  argsUsage: '<name> [<label>=<value> ...]',
  description: 'labels snapshots in the snapshotter',
  action: (c) => {
    const [key = '', ...rest] = c.args;
    const info = snapshotServiceOf(c).update(key, labelArgs(rest));
    c.io.stdout(`${formatLabels(info.labels)}\n`);
  },
};
