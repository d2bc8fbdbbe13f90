// `ctr tasks ps CONTAINER`: the PIDs in the task's cgroup. Exec processes print runc's
// ProcessDetails with gogo-protobuf's String() (`&ProcessDetails{ExecID:x,XXX_unrecognized:[],}`).

import { tabwrite } from '../../../cli/tabwriter';
import { plain } from '../../../containerd/errdefs';
import { loadTask, taskPids } from '../../../containerd/tasks/tasks';
import type { CtrCommand } from '../ctr-env';
import { namespaceOf } from '../ctr-env';

export const psCommand: CtrCommand = {
  name: 'ps',
  usage: 'list processes for container',
  argsUsage: 'CONTAINER',
  action: (c) => {
    const id = c.args[0] ?? '';
    if (id === '') throw plain('container id must be provided');
    const ns = namespaceOf(c);
    loadTask(c.env.node, ns, id);
    let text = 'PID\tINFO\n';
    for (const p of taskPids(c.env.node, ns, id)) {
      text += `${p.pid}\t${p.execId ? `&ProcessDetails{ExecID:${p.execId},XXX_unrecognized:[],}` : '-'}\n`;
    }
    c.io.stdout(tabwrite(text, { minwidth: 1, tabwidth: 8, padding: 4, padchar: ' ' }));
  },
};
