// `ctr tasks resume CONTAINER`: thaws the task; signals sent meanwhile arrive now.

import { resumeAndDeliver } from '../../../containerd/tasks/kill';
import { parseSignal } from '../../../containerd/tasks/signals';
import { loadTask } from '../../../containerd/tasks/tasks';
import type { CtrCommand } from '../ctr-env';
import { namespaceOf } from '../ctr-env';

export const resumeCommand: CtrCommand = {
  name: 'resume',
  usage: 'resume a paused container',
  argsUsage: 'CONTAINER',
  action: (c) => {
    const id = c.args[0] ?? '';
    loadTask(c.env.node, namespaceOf(c), id);
    resumeAndDeliver(c.env.node, namespaceOf(c), id, parseSignal);
  },
};
