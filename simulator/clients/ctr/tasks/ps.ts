// `ctr tasks ps CONTAINER`: the PIDs in the task's cgroup. Exec processes print runc's
// ProcessDetails with gogo-protobuf's String() (`&ProcessDetails{ExecID:x,XXX_unrecognized:[],}`).

import { tabwrite } from '../../../cli/tabwriter';
import type { CtrCommand } from '../ctr-env';
import { requiredArg } from '../required-arg';
import { loadTaskArg } from './task-arg';

export const psCommand: CtrCommand = {
  name: 'ps',
  usage: 'list processes for container',
  argsUsage: 'CONTAINER',
  action: (c) => {
    const { task } = loadTaskArg(c, requiredArg(c, 0, 'container id'));
    let text = 'PID\tINFO\n';
    for (const p of task.pids()) {
      text += `${p.pid}\t${p.execId ? `&ProcessDetails{ExecID:${p.execId},XXX_unrecognized:[],}` : '-'}\n`;
    }
    c.io.stdout(tabwrite(text, { minwidth: 1, tabwidth: 8, padding: 4, padchar: ' ' }));
  },
};
