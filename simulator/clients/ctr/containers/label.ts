// `ctr containers label CONTAINER [<key>=<value>, ...]`: sets labels (empty value removes)
// and echoes the resulting set, comma-joined in map order.

import { invalidArgument } from '../../../errdefs/errdefs';
import { STOP_SIGNAL_LABEL } from '../../../containerd/client/index';
import type { CtrCommand } from '../ctr-env';
import { clientOf } from '../ctr-env';
import { requiredArg } from '../required-arg';
import { labelArgs } from '../namespaces/label-args';

export const labelCommand: CtrCommand = {
  name: 'label',
  usage: 'set and clear labels for a container',
  argsUsage: '[flags] CONTAINER [<key>=<value>, ...]',
  description: 'set and clear labels for a container',
  action: (c) => {
    const id = requiredArg(c, 0, 'container id', invalidArgument);
    const labels = clientOf(c).containers.loadContainer(id).setLabels(labelArgs(c.args.slice(1)));
    // Go ranges over the map in random order; this fixed order (stop signal first, then the
    // rest newest first) is the one the recorded node happened to print.
    const keys = Object.keys(labels).reverse();
    const ordered = [...keys.filter((k) => k === STOP_SIGNAL_LABEL), ...keys.filter((k) => k !== STOP_SIGNAL_LABEL)];
    const text = ordered.map((k) => `${k}=${labels[k] ?? ''}`).join(',');
    c.io.stdout(`${text}\n`);
  },
};
