// `ctr containers checkpoint [command options] CONTAINER REF`: stores a checkpoint image.

import { plain } from '../../../containerd/errdefs';
import { checkpointContainer } from '../../../containerd/containers/checkpoint';
import type { CtrCommand } from '../ctr-env';
import { namespaceOf } from '../ctr-env';

export const checkpointCommand: CtrCommand = {
  name: 'checkpoint',
  usage: 'checkpoint a container',
  argsUsage: 'CONTAINER REF',
  flags: [
    { names: ['rw'], kind: 'bool', usage: 'include the rw layer in the checkpoint' },
    { names: ['image'], kind: 'bool', usage: 'include the image in the checkpoint' },
    { names: ['task'], kind: 'bool', usage: 'checkpoint container task' },
  ],
  action: (c) => {
    const id = c.args[0] ?? '';
    if (id === '') throw plain('container id must be provided');
    const ref = c.args[1] ?? '';
    if (ref === '') throw plain('ref must be provided');
    checkpointContainer(c.env.node, namespaceOf(c), id, ref, { task: c.bool('task'), image: c.bool('image'), rw: c.bool('rw') });
  },
};
