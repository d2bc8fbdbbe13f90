// `ctr tasks attach CONTAINER`: joins the IO of a running task. Earlier output is gone (the
// FIFOs keep nothing); an attached terminal shell is driven line by line, anything else waits.

import type { CtrCommand } from '../ctr-env';
import { waitAttached } from './attached-task';
import { loadTaskArg } from './task-arg';

export const attachCommand: CtrCommand = {
  name: 'attach',
  usage: 'attach to the IO of a running container',
  argsUsage: 'CONTAINER',
  action: async (c) => {
    const { container, task } = loadTaskArg(c);
    const terminal = container.info().spec.process.terminal === true;
    // attach.go defers task.Delete: once the process has exited (also when it had exited
    // before the attach), the task is gone, as on a real node.
    return waitAttached(c, {
      process: task,
      terminal,
      out: [],
      late: true,
      cleanup: () => {
        try {
          task.delete();
        } catch {
          // ctr ignores the deferred Delete's error (another client removed it first).
        }
      },
    });
  },
};
