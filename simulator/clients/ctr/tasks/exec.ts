// `ctr tasks exec [flags] CONTAINER CMD [ARG...]`: --exec-id is required (urfave prints the
// help on stderr, then the error). Arguments after the container are the command's own
// (no flag reordering). Attached, it waits and exits with the process's code.

import { plain } from '../../../errdefs/errdefs';
import { randomInt } from '../../../host/random';
import { execProcess } from '../../../containerd/tasks/exec';
import { deleteExec, loadTask } from '../../../containerd/tasks/tasks';
import type { CtrCommand } from '../ctr-env';
import { namespaceOf } from '../ctr-env';
import { requiredArg } from '../required-arg';
import { printChunks, waitAttached } from './attached-task';
import { consolePanic, stdinOf } from './panic';
import { NotSimulatedError } from '../errors';

export const execCommand: CtrCommand = {
  name: 'exec',
  usage: 'execute additional processes in an existing container',
  argsUsage: '[flags] CONTAINER CMD [ARG...]',
  skipArgReorder: true,
  flags: [
    { names: ['cwd'], kind: 'string', usage: 'working directory of the new process' },
    { names: ['tty', 't'], kind: 'bool', usage: 'allocate a TTY for the container' },
    { names: ['detach', 'd'], kind: 'bool', usage: 'detach from the task after it has started execution' },
    { names: ['exec-id'], kind: 'string', usage: 'exec specific id for the process', required: true },
    { names: ['fifo-dir'], kind: 'string', usage: 'directory used for storing IO FIFOs' },
    { names: ['log-uri'], kind: 'string', usage: 'log uri for custom shim logging' },
    { names: ['user'], kind: 'string', usage: 'user id or name' },
  ],
  action: async (c) => {
    const id = requiredArg(c, 0, 'container id');
    const node = c.env.node;
    const ns = namespaceOf(c);
    const tty = c.bool('tty');
    const execId = c.string('exec-id');
    for (const name of ['user', 'log-uri']) {
      if (c.isSet(name)) throw new NotSimulatedError(`ctr tasks exec --${name}`, "ctr's help and containerd's docs/getting-started.md");
    }
    // ctr loads the task before it takes the console.
    loadTask(node, ns, id);
    if (execId.includes('/')) {
      // ctr makes the process's FIFOs, named after the exec id, before it asks for the process.
      const dir = `/run/containerd/fifo/${randomInt(node.state.random, 100_000_000, 4_294_967_295)}`;
      throw plain(`failed to open stdin fifo: error creating fifo ${dir}/${execId}-stdin: no such file or directory`);
    }
    if (tty && !c.io.isTTY) return consolePanic(c, 'exec');
    const { out } = execProcess(node, ns, id, {
      execId,
      args: c.args.slice(1),
      cwd: c.string('cwd'),
      terminal: tty,
      stdin: stdinOf(c, false),
    });
    if (c.bool('detach')) {
      printChunks(c, out, tty);
      return 0;
    }
    return waitAttached(c, { ns, id, execId, terminal: tty, out, cleanup: () => void deleteExec(node, ns, id, execId) });
  },
};
