// `ctr tasks delete|del|remove|rm [command options] CONTAINER [CONTAINER, ...]`: deletes
// stopped tasks (-f kills first). A non-zero exit code is logged as a warning; failures are
// logged and the first one becomes the command's error.

import { logTo } from '../../../cli/logrus';
import type { Task } from '../../../containerd/client/index';
import type { CtrCommand } from '../ctr-env';
import { clientOf } from '../ctr-env';
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
    const client = clientOf(c);
    const warnExit = (id: string, code: number) => {
      if (code !== 0) logTo(c.io, c.env.node.nowMs(), 'warning', `task ${id} exit with non-zero exit code ${code}`);
    };
    const execId = c.string('exec-id');
    if (execId !== '') {
      // One exec process: ctr exits with its exit code instead of logging it.
      const task = client.containers.loadContainer(c.args[0] ?? '').task();
      return task.loadProcess(execId).delete().exitStatus;
    }
    const failures = failureLog(c);
    for (const id of c.args) {
      let task: Task;
      try {
        task = client.containers.loadContainer(id).task();
      } catch (err) {
        failures.fail(err, `failed to load task from ${id}`);
        continue;
      }
      try {
        warnExit(id, task.delete({ processKill: c.bool('force') }).exitStatus);
      } catch (err) {
        failures.fail(err, `unable to delete ${id}`);
      }
    }
    failures.throwFirst();
  },
};
