// `ctr tasks delete|del|remove|rm [command options] CONTAINER [CONTAINER, ...]`: deletes
// stopped tasks (-f kills first). A non-zero exit code is logged as a warning; failures are
// logged and the first one becomes the command's error.

import { logTo } from '../../../cli/logrus';
import { killTask } from '../../../containerd/tasks/kill';
import { parseSignal } from '../../../containerd/tasks/signals';
import { deleteExec, deleteTask, loadTask, taskStatus } from '../../../containerd/tasks/tasks';
import type { CtrCommand } from '../ctr-env';
import { namespaceOf } from '../ctr-env';
import { DELETE_VERB_NAMES } from '../delete-verb';
import { failureLog } from '../failure-log';

export const deleteCommand: CtrCommand = {
  ...DELETE_VERB_NAMES,
  usage: 'delete one or more tasks',
  argsUsage: 'CONTAINER [CONTAINER, ...]',
  flags: [
    { names: ['force', 'f'], kind: 'bool', usage: 'force delete task process' },
    { names: ['exec-id'], kind: 'string', usage: 'process ID to kill' },
  ],
  action: (c) => {
    const node = c.env.node;
    const ns = namespaceOf(c);
    const warnExit = (id: string, code: number) => {
      if (code !== 0) logTo(c.io, node.nowMs(), 'warning', `task ${id} exit with non-zero exit code ${code}`);
    };
    const execId = c.string('exec-id');
    if (execId !== '') {
      // One exec process: ctr exits with its exit code instead of logging it.
      const id = c.args[0] ?? '';
      loadTask(node, ns, id);
      return deleteExec(node, ns, id, execId).exitStatus;
    }
    const failures = failureLog(c);
    for (const id of c.args) {
      let task;
      try {
        task = loadTask(node, ns, id).task;
      } catch (err) {
        failures.fail(err, `failed to load task from ${id}`);
        continue;
      }
      try {
        if (c.bool('force') && taskStatus(task) !== 'STOPPED') killTask(node, ns, id, parseSignal('SIGKILL'), { all: true });
        warnExit(id, deleteTask(node, ns, id).exitStatus);
      } catch (err) {
        failures.fail(err, `unable to delete ${id}`);
      }
    }
    failures.throwFirst();
  },
};
