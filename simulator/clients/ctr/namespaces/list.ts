// `ctr namespaces ls`: NAME and sorted labels through tabwriter (1, 8, 1, ' '); every cell
// is tab-terminated, so rows end in padding. -q prints only the names.

import { tabwrite } from '../../../cli/tabwriter';
import type { CtrCommand } from '../ctr-env';
import { formatLabels } from './label-args';

export const listCommand: CtrCommand = {
  name: 'list',
  aliases: ['ls'],
  usage: 'list namespaces',
  argsUsage: '[flags]',
  description: 'list namespaces',
  flags: [{ names: ['quiet', 'q'], kind: 'bool', usage: 'print only the namespace name' }],
  action: (c) => {
    const { namespaces } = c.env.client;
    const names = namespaces.list();
    if (c.bool('quiet')) {
      c.io.stdout(names.map((n) => `${n}\n`).join(''));
      return;
    }
    let text = 'NAME\tLABELS\t\n';
    for (const name of names) text += `${name}\t${formatLabels(namespaces.labels(name))}\t\n`;
    c.io.stdout(tabwrite(text, { minwidth: 1, tabwidth: 8, padding: 1, padchar: ' ' }));
  },
};
