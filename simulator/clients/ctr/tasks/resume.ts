// `ctr tasks resume CONTAINER`: thaws the task; signals sent meanwhile arrive now.

import type { CtrCommand } from '../ctr-env';
import { loadTaskArg } from './task-arg';

export const resumeCommand: CtrCommand = {
  name: 'resume',
  usage: 'resume a paused container',
  argsUsage: 'CONTAINER',
  action: (c) => {
    loadTaskArg(c).task.resume();
  },
};
