// `ctr leases ls [<filter>]`: ID, CREATED AT (RFC3339, the node's local time: UTC here),
// LABELS (sorted, `-` when none) through tabwriter (1, 8, 1, ' '). -q prints only ids.

import { tabwrite } from '../../../cli/tabwriter';
import { wrapf } from '../../../errdefs/errdefs';
import { parseRfc3339Nano, rfc3339, type LeaseRecord } from '../../../containerd/client/index';
import { clientOf, type CtrContext, type CtrCommand } from '../ctr-env';
import { formatLabels } from '../namespaces/label-args';

function listOrWrap(c: CtrContext): LeaseRecord[] {
  try {
    return clientOf(c).leases.list(c.args);
  } catch (err) {
    throw wrapf(err, 'failed to list leases');
  }
}

export const listCommand: CtrCommand = {
  name: 'list',
  aliases: ['ls'],
  usage: 'list all active leases',
  argsUsage: '[flags] <filter>',
  description: 'list active leases by containerd',
  flags: [{ names: ['quiet', 'q'], kind: 'bool', usage: 'print only the blob digest' }],
  action: (c) => {
    const leases = listOrWrap(c);
    if (c.bool('quiet')) {
      c.io.stdout(leases.map((l) => `${l.id}\n`).join(''));
      return;
    }
    let text = 'ID\tCREATED AT\tLABELS\t\n';
    for (const l of leases) {
      const created = parseRfc3339Nano(l.createdAt);
      const labels = formatLabels(l.labels) || '-';
      text += `${l.id}\t${created ? rfc3339(created.ms) : l.createdAt}\t${labels}\t\n`;
    }
    c.io.stdout(tabwrite(text, { minwidth: 1, tabwidth: 8, padding: 1, padchar: ' ' }));
  },
};
