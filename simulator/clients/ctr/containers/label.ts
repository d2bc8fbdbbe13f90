// `ctr containers label CONTAINER [<key>=<value>, ...]`: sets labels (empty value removes)
// and echoes the resulting set, comma-joined in Go's (unordered) map order.

import { invalidArgument } from '../../../containerd/errdefs';
import { updateContainerLabels } from '../../../containerd/containers/containers';
import type { CtrCommand } from '../ctr-env';
import { namespaceOf } from '../ctr-env';
import { labelArgs } from '../namespaces/label-args';

export const labelCommand: CtrCommand = {
  name: 'label',
  usage: 'set and clear labels for a container',
  argsUsage: '[flags] CONTAINER [<key>=<value>, ...]',
  description: 'set and clear labels for a container',
  action: (c) => {
    const id = c.args[0] ?? '';
    if (id === '') throw invalidArgument('container id must be provided');
    const record = updateContainerLabels(c.env.node, namespaceOf(c), id, labelArgs(c.args.slice(1)));
    const text = Object.entries(record.labels)
      .map(([k, v]) => `${k}=${v}`)
      .join(',');
    c.io.stdout(`${text}\n`);
  },
};
