// `ctr snapshots ls`: KEY, PARENT, KIND of every snapshot in the snapshotter, in key order,
// through tabwriter (1, 8, 1, ' '). Arguments are ignored, as in ctr 1.6.

import { tabwrite } from '../../../cli/tabwriter';
import type { CtrCommand } from '../ctr-env';
import { walkSnapshots } from './walk-snapshots';

export const listCommand: CtrCommand = {
  name: 'list',
  aliases: ['ls'],
  usage: 'list snapshots',
  action: (c) => {
    let text = 'KEY\tPARENT\tKIND\t\n';
    for (const s of walkSnapshots(c)) text += `${s.name}\t${s.parent}\t${s.kind}\t\n`;
    c.io.stdout(tabwrite(text, { minwidth: 1, tabwidth: 8, padding: 1, padchar: ' ' }));
  },
};
