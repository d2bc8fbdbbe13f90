// `ctr containers restore [command options] CONTAINER REF`: recreates a container from a
// checkpoint image — which, without the task's CRIU data, fails as on the recorded node.

import { plain } from '../../../containerd/errdefs';
import { restoreContainer } from '../../../containerd/containers/checkpoint';
import type { CtrCommand } from '../ctr-env';
import { namespaceOf } from '../ctr-env';

export const restoreCommand: CtrCommand = {
  name: 'restore',
  usage: 'restore a container from checkpoint',
  argsUsage: 'CONTAINER REF',
  flags: [
    { names: ['rw'], kind: 'bool', usage: 'restore the rw layer from the checkpoint' },
    { names: ['live'], kind: 'bool', usage: 'restore the runtime and memory data from the checkpoint' },
  ],
  action: (c) => {
    const id = c.args[0] ?? '';
    if (id === '') throw plain('container id must be provided');
    const ref = c.args[1] ?? '';
    if (ref === '') throw plain('ref must be provided');
    restoreContainer(c.env.node, namespaceOf(c), id, ref);
  },
};
