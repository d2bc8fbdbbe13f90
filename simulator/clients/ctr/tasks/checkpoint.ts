// `ctr tasks checkpoint [flags] CONTAINER`: needs CRIU, which the node does not have, so runc
// fails the dump exactly as the recorded node reports it.

import { plain } from '../../../containerd/errdefs';
import { checkpointContainer } from '../../../containerd/containers/checkpoint';
import { loadTask } from '../../../containerd/tasks/tasks';
import type { CtrCommand } from '../ctr-env';
import { namespaceOf } from '../ctr-env';

export const checkpointCommand: CtrCommand = {
  name: 'checkpoint',
  usage: 'checkpoint a container',
  argsUsage: '[flags] CONTAINER',
  flags: [
    { names: ['exit'], kind: 'bool', usage: 'stop the container after the checkpoint' },
    { names: ['image-path'], kind: 'string', usage: 'path to criu image files' },
    { names: ['work-path'], kind: 'string', usage: 'path to criu work files and logs' },
  ],
  action: (c) => {
    const id = c.args[0] ?? '';
    if (id === '') throw plain('container id must be provided');
    const ns = namespaceOf(c);
    loadTask(c.env.node, ns, id);
    checkpointContainer(c.env.node, ns, id, '', { task: true, image: false, rw: false });
  },
};
