// `ctr content active [filter]`: ingests not yet committed (a pull's transfers complete within
// the command, so what shows here is what `ctr content ingest` left after a failed commit).
// REF, SIZE written so far, AGE since it started; the argument is a filter on `ref`.

import { tabwrite } from '../../../cli/tabwriter';
import { humanDuration, humanSize } from '../../../cli/units';
import { parseRfc3339Nano } from '../../../containerd/client/index';
import { clientOf, type CtrCommand } from '../ctr-env';

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
    const match = c.args[0];
    const statuses = clientOf(c).content.listStatuses(match === undefined ? [] : [match]);
    const now = c.env.node.nowMs();
    let text = 'REF\tSIZE\tAGE\t\n';
    for (const s of statuses) {
      const started = parseRfc3339Nano(s.startedAt)?.ms ?? now;
      text += `${s.ref}\t${humanSize(s.offset)}\t${humanDuration(now - started)}\t\n`;
    }
    c.io.stdout(tabwrite(text, { minwidth: 1, tabwidth: 8, padding: 1, padchar: '\t' }));
  },
};
