// `ctr tasks ls [-q]`: TASK, PID, STATUS through tabwriter (4, 8, 4). The header ends in a
// tab (trailing padding) but rows do not; the order is the shim manager's, not sorted.

import { tabwrite } from '../../../cli/tabwriter';
import { asGrpcStatus } from '../../../containerd/errgrpc';
import { listTasks, taskStatus } from '../../../containerd/tasks/tasks';
import type { CtrCommand } from '../ctr-env';
import { namespaceOf } from '../ctr-env';

export const listCommand: CtrCommand = {
  name: 'list',
  aliases: ['ls'],
  usage: 'list tasks',
  argsUsage: '[flags]',
  flags: [{ names: ['quiet', 'q'], kind: 'bool', usage: 'print only the task id' }],
  action: (c) => {
    let tasks;
    try {
      tasks = listTasks(c.env.node, namespaceOf(c));
    } catch (err) {
      // `tasks ls` prints the gRPC status as it came over the wire (it never converts it back).
      throw asGrpcStatus(err);
    }
    if (c.bool('quiet')) {
      c.io.stdout(tasks.map((t) => `${t.containerId}\n`).join(''));
      return;
    }
    let text = 'TASK\tPID\tSTATUS\t\n';
    for (const t of tasks) text += `${t.containerId}\t${t.init.pid}\t${taskStatus(t)}\n`;
    c.io.stdout(tabwrite(text, { minwidth: 4, tabwidth: 8, padding: 4, padchar: ' ' }));
  },
};
