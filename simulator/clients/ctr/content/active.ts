// `ctr content active`: ongoing ingestions. Transfers in the simulator complete within the
// command that starts them, so there is never one to show: only the header.

import { tabwrite } from '../../../cli/tabwriter';
import type { CtrCommand } from '../ctr-env';

export const activeCommand: CtrCommand = {
  name: 'active',
  usage: 'display active transfers',
  argsUsage: '[flags] [<regexp>]',
  description: 'display the ongoing transfers',
  flags: [
    { names: ['timeout', 't'], kind: 'duration', usage: 'total timeout for fetch', value: '0s', envVar: 'CONTAINERD_FETCH_TIMEOUT' },
    { names: ['root'], kind: 'string', usage: 'path to content store root', value: '/tmp/content' },
  ],
  action: (c) => {
    c.io.stdout(tabwrite('REF\tSIZE\tAGE\t\n', { minwidth: 1, tabwidth: 8, padding: 1, padchar: '\t' }));
  },
};
