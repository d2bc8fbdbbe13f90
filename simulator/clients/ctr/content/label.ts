// `ctr content label <digest> [k=v...]`: sets labels (an empty value clears one) and prints
// the blob's labels in Go map order; with no pairs it only prints them.

import { plain } from '../../../errdefs/errdefs';
import { digestError } from '../../../oci/digest';
import { clientOf, type CtrCommand } from '../ctr-env';
import { contentLabelOrder } from '../images/label-order';
import { labelArgs } from '../namespaces/label-args';

export const labelCommand: CtrCommand = {
  name: 'label',
  usage: 'add labels to content',
  argsUsage: '<digest> [<label>=<value> ...]',
  description: 'labels blobs in the content store',
  action: (c) => {
    const node = c.env.node;
    const { content } = clientOf(c);
    const [object = '', ...rest] = c.args;
    const bad = digestError(object);
    if (bad) throw plain(bad);
    const labels = labelArgs(rest);
    const result = Object.keys(labels).length === 0 ? content.info(object).labels : content.updateLabels(object, labels);
    c.io.stdout(`${contentLabelOrder(node, result).join(',')}\n`);
  },
};
