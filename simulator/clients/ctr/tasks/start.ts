// `ctr tasks start [command options] CONTAINER`: creates and starts the task. Attached (no
// -d) it prints the output, waits for the exit, deletes the task and exits with its code.

import { exists, normalizePath, rename, stat, VfsError, writeFile } from '../../../host/vfs';
import type { CtrCommand, CtrContext } from '../ctr-env';
import { clientOf } from '../ctr-env';
import { requiredArg } from '../required-arg';
import { printChunks } from '../../attached-shell';
import { waitAttached } from './attached-task';
import { consolePanic, nilProcessPanic, stdinOf } from './panic';
import { prepareTaskIO } from '../run/task-io';

/**
 * commands.WritePidFile, called when --pid-file is set at all (an empty value is the working
 * directory, filepath.Abs("")): the pid goes to `.<name>` beside the file first, created with
 * O_EXCL (an old one left there is `open …: file exists`), which is then renamed over it — Go's
 * os.Rename refuses a directory there with EEXIST and leaves the dot file behind.
 */
export function writePidFile(c: CtrContext, pid: number): void {
  if (!c.isSet('pid-file')) return;
  const full = normalizePath(c.string('pid-file'), c.io.cwd);
  const slash = full.lastIndexOf('/');
  const temp = `${full.slice(0, slash + 1)}.${full.slice(slash + 1)}`;
  const files = c.env.node.state.host.files;
  if (exists(files, temp)) throw new VfsError('EEXIST', 'open', temp);
  writeFile(files, temp, `${pid}`);
  if (exists(files, full) && stat(files, full).kind === 'dir') throw new VfsError('EEXIST', 'rename', `${temp} ${full}`);
  rename(files, temp, full);
}

export const startCommand: CtrCommand = {
  name: 'start',
  usage: 'start a container that has been created',
  argsUsage: 'CONTAINER',
  flags: [
    { names: ['null-io'], kind: 'bool', usage: 'send all IO to /dev/null' },
    { names: ['log-uri'], kind: 'string', usage: 'log uri' },
    { names: ['fifo-dir'], kind: 'string', usage: 'directory used for storing IO FIFOs' },
    { names: ['pid-file'], kind: 'string', usage: "file path to write the task's pid" },
    { names: ['detach', 'd'], kind: 'bool', usage: 'detach from the task after it has started execution' },
  ],
  action: async (c) => {
    const id = requiredArg(c, 0, 'container id');
    const container = clientOf(c).containers.loadContainer(id);
    const info = container.info();
    if (info.specFile && info.specFile.process === undefined) return nilProcessPanic(c);
    const tty = info.spec.process.terminal === true;
    if (tty && !c.io.isTTY) return consolePanic(c, 'start');
    const nullIO = c.bool('null-io');
    const output = prepareTaskIO(c, tty, nullIO);
    // --pid-file is written between NewTask and Start; a failure there leaves the task created.
    const { process: task, out } = container.newTask({
      stdin: stdinOf(c, nullIO || output.kind === 'file'),
      stdinOpen: !nullIO,
      beforeStart: (pid) => writePidFile(c, pid),
      ...(output.kind === 'file' ? { logFile: output.path } : {}),
    });
    const shown = nullIO ? [] : out;
    if (c.bool('detach')) {
      // -d: ctr exits once the task has started; only what the process wrote at once reaches it.
      printChunks(c.io, shown.filter((chunk) => !chunk.atMs), tty);
      return 0;
    }
    return waitAttached(c, { process: task, terminal: tty, out: shown, cleanup: () => void task.delete() });
  },
};
