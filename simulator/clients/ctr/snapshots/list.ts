// `ctr snapshots ls`: KEY, PARENT, KIND of every snapshot in the snapshotter, in key order,
// through tabwriter (1, 8, 1, ' '). Arguments are ignored, as in ctr 1.6.

import { tabwriteRows } from '../../../cli/tabwriter';
import type { CtrCommand } from '../ctr-env';
import { snapshotServiceOf } from './snapshotter-flag';

export const listCommand: CtrCommand = {
  name: 'list',
  aliases: ['ls'],
  usage: 'list snapshots',
  action: (c) => {
    const rows = [['KEY', 'PARENT', 'KIND', '']];
    for (const s of snapshotServiceOf(c).walk()) rows.push([s.name, s.parent, s.kind, '']);
    c.io.stdout(tabwriteRows(rows, { minwidth: 1, tabwidth: 8, padding: 1, padchar: ' ' }));
  },
};
