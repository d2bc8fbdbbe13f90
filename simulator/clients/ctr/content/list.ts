// `ctr content ls`: DIGEST SIZE AGE LABELS through tabwriter padded with TAB characters
// (1, 8, 1, '\t'); SIZE in go-units decimal (`1.029MB`), AGE without "ago", LABELS in Go map
// order or "-". Rows end without a trailing tab. -q prints digests only.

import { tabwrite } from '../../../cli/tabwriter';
import { humanDuration, humanSize } from '../../../cli/units';
import { parseRfc3339Nano } from '../../../containerd/client/index';
import { clientOf, type CtrCommand } from '../ctr-env';
import { contentLabelOrder } from '../images/label-order';

export const listCommand: CtrCommand = {
  name: 'list',
  aliases: ['ls'],
  usage: 'list all blobs in the store',
  argsUsage: '[flags]',
  description: 'list blobs in the content store',
  flags: [{ names: ['quiet', 'q'], kind: 'bool', usage: 'print only the blob digest' }],
  action: (c) => {
    const node = c.env.node;
    let infos;
    try {
      infos = clientOf(c).content.list(c.args);
    } catch (err) {
      // The header goes out before the walk, so a bad filter still prints it.
      if (!c.bool('quiet')) c.io.stdout(tabwrite('DIGEST\tSIZE\tAGE\tLABELS\n', { minwidth: 1, tabwidth: 8, padding: 1, padchar: '\t' }));
      throw err;
    }
    if (c.bool('quiet')) {
      c.io.stdout(infos.map((i) => `${i.digest}\n`).join(''));
      return;
    }
    let text = 'DIGEST\tSIZE\tAGE\tLABELS\n';
    const now = node.nowMs();
    for (const info of infos) {
      const created = parseRfc3339Nano(info.createdAt)?.ms ?? now;
      const labels = contentLabelOrder(node, info.labels).join(',') || '-';
      text += `${info.digest}\t${humanSize(info.size)}\t${humanDuration(now - created)}\t${labels}\n`;
    }
    c.io.stdout(tabwrite(text, { minwidth: 1, tabwidth: 8, padding: 1, padchar: '\t' }));
  },
};
