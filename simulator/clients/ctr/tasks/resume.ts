// `ctr tasks resume CONTAINER`: thaws the task; signals sent meanwhile arrive now.

import { resumeAndDeliver } from '../../../containerd/tasks/kill';
import { parseSignal } from '../../../containerd/tasks/signals';
import type { CtrCommand } from '../ctr-env';
import { loadTaskArg } from './task-arg';

export const resumeCommand: CtrCommand = {
  name: 'resume',
  usage: 'resume a paused container',
  argsUsage: 'CONTAINER',
  action: (c) => {
    const { node, ns, id } = loadTaskArg(c);
    resumeAndDeliver(node, ns, id, parseSignal);
  },
};
