// `ctr tasks exec [flags] CONTAINER CMD [ARG...]`: --exec-id is required (urfave prints the
// help on stderr, then the error). Arguments after the container are the command's own
// (no flag reordering). Attached, it waits and exits with the process's code.

import type { CtrCommand } from '../ctr-env';
import { clientOf } from '../ctr-env';
import { requiredArg } from '../required-arg';
import { printChunks } from '../../attached-shell';
import { waitAttached } from './attached-task';
import { consolePanic, stdinOf } from './panic';
import { NotSimulatedError } from '../../../cli/not-simulated';
import { plain } from '../../../errdefs/errdefs';
import { makeExecFifoDir, unknownStdioScheme } from '../run/task-io';

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
    const tty = c.bool('tty');
    const execId = c.string('exec-id');
    // exec.go: LoadContainer, then oci.WithUser on a copy of its spec (the user's errors come
    // before a missing task's), then Task; ctr loads the task before it takes the console.
    const container = clientOf(c).containers.loadContainer(id);
    const userstr = c.string('user');
    const user = userstr !== '' ? container.user(userstr) : undefined;
    const task = container.task();
    // exec.go checks the IO flags once it has the task.
    const logUri = c.string('log-uri');
    if (tty && logUri !== '') throw plain("can't use log-uri with tty");
    if (logUri !== '' && c.string('fifo-dir') !== '') throw plain("can't use log-uri with fifo-dir");
    const unknownScheme = logUri !== '' ? unknownStdioScheme(logUri) : undefined;
    if (unknownScheme) throw plain(unknownScheme);
    if (logUri !== '') throw new NotSimulatedError('ctr tasks exec --log-uri', "ctr's help and containerd's docs/getting-started.md");
    if (tty && !c.io.isTTY && !execId.includes('/')) return consolePanic(c, 'exec');
    makeExecFifoDir(c);
    const { process, out } = task.exec({
      execId,
      args: c.args.slice(1),
      cwd: c.string('cwd'),
      terminal: tty,
      stdin: stdinOf(c, false),
      ...(user ? { user } : {}),
    });
    if (c.bool('detach')) {
      printChunks(c.io, out, tty);
      return 0;
    }
    return waitAttached(c, { process, terminal: tty, out, cleanup: () => void process.delete() });
  },
};
