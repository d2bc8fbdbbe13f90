// `ctr tasks pause CONTAINER`: freezes the task's cgroup; prints nothing.

import { loadTask, pauseTask } from '../../../containerd/tasks/tasks';
import type { CtrCommand } from '../ctr-env';
import { namespaceOf } from '../ctr-env';

export const pauseCommand: CtrCommand = {
  name: 'pause',
  usage: 'pause an existing container',
  argsUsage: 'CONTAINER',
  action: (c) => {
    const id = c.args[0] ?? '';
    loadTask(c.env.node, namespaceOf(c), id);
    pauseTask(c.env.node, namespaceOf(c), id);
  },
};
