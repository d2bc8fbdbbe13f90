// `ctr containers restore [command options] CONTAINER REF`: recreates a container from a
// checkpoint image — which, without the task's CRIU data, fails as on the recorded node.

import { logTo } from '../../../cli/logrus';
import type { CtrCommand } from '../ctr-env';
import { clientOf } from '../ctr-env';
import { requiredArg } from '../required-arg';

export const restoreCommand: CtrCommand = {
  name: 'restore',
  usage: 'restore a container from checkpoint',
  argsUsage: 'CONTAINER REF',
  flags: [
    { names: ['rw'], kind: 'bool', usage: 'restore the rw layer from the checkpoint' },
    { names: ['live'], kind: 'bool', usage: 'restore the runtime and memory data from the checkpoint' },
  ],
  action: (c) => {
    const id = requiredArg(c, 0, 'container id');
    const ref = requiredArg(c, 1, 'ref');
    clientOf(c).containers.restore(id, ref, (level, message, fields) => logTo(c.io, c.env.node.nowMs(), level, message, fields));
  },
};
