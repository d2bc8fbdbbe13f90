// `ctr containers ls [flags] [<filter>, ...]`: CONTAINER, IMAGE, RUNTIME through tabwriter
// (4, 8, 4) with every cell tab-terminated, so rows end in padding. IMAGE is "-" when empty.

import { tabwriteRows } from '../../../cli/tabwriter';
import type { CtrCommand } from '../ctr-env';
import { clientOf } from '../ctr-env';

export const listCommand: CtrCommand = {
  name: 'list',
  aliases: ['ls'],
  usage: 'list containers',
  argsUsage: '[flags] [<filter>, ...]',
  flags: [{ names: ['quiet', 'q'], kind: 'bool', usage: 'print only the container id' }],
  action: (c) => {
    const containers = clientOf(c).containers.list(c.args);
    if (c.bool('quiet')) {
      c.io.stdout(containers.map((r) => `${r.id}\n`).join(''));
      return;
    }
    const rows = [['CONTAINER', 'IMAGE', 'RUNTIME', '']];
    for (const r of containers) rows.push([r.id, r.image || '-', r.runtime.name, '']);
    c.io.stdout(tabwriteRows(rows, { minwidth: 4, tabwidth: 8, padding: 4, padchar: ' ' }));
  },
};
