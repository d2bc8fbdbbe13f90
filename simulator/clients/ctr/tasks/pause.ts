// `ctr tasks pause CONTAINER`: freezes the task's cgroup; prints nothing.

import type { CtrCommand } from '../ctr-env';
import { loadTaskArg } from './task-arg';

export const pauseCommand: CtrCommand = {
  name: 'pause',
  usage: 'pause an existing container',
  argsUsage: 'CONTAINER',
  action: (c) => {
    loadTaskArg(c).task.pause();
  },
};
