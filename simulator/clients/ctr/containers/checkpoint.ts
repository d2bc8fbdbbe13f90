// `ctr containers checkpoint [command options] CONTAINER REF`: stores a checkpoint image.

import type { CtrCommand } from '../ctr-env';
import { clientOf } from '../ctr-env';
import { requiredArg } from '../required-arg';

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
    const id = requiredArg(c, 0, 'container id');
    const ref = requiredArg(c, 1, 'ref');
    const container = clientOf(c).containers.loadContainer(id);
    container.checkpoint(ref, { task: c.bool('task'), image: c.bool('image'), rw: c.bool('rw') });
  },
};
