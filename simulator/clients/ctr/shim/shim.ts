// `ctr shim`: talks to a container's shim over its ttrpc socket, bypassing containerd.
// Without a shim for the container the dial fails as on a real node; talking to a live shim is
// not modelled: every verb says so.

import { clientOf, type CtrCommand, type CtrContext } from '../ctr-env';
import { CtrError } from '../errors';
import { NotSimulatedError } from '../../../cli/not-simulated';

/** A shim runs for the container while it has a task (running, paused or exited, until deleted). */
function hasShim(c: CtrContext, id: string): boolean {
  try {
    return clientOf(c).tasks.list().some((t) => t.id === id);
  } catch {
    return false;
  }
}

function refuse(c: CtrContext): never {
  // The real ctr checks --id before it opens the shim's socket.
  const id = c.string('id');
  if (!id) throw new CtrError('container id must be specified');
  // getTaskService dials the shim's socket (and the old abstract one); with no shim neither answers.
  if (!hasShim(c, id)) throw new CtrError(`fail to connect to container ${id}'s shim`);
  throw new NotSimulatedError('"ctr shim"', "containerd's runtime/v2/README.md");
}

export const shimCommand: CtrCommand = {
  name: 'shim',
  usage: 'interact with a shim directly',
  flags: [{ names: ['id'], kind: 'string', usage: 'container id' }],
  subcommands: [
    { name: 'delete', usage: 'delete a container with a task', action: refuse },
    {
      name: 'exec',
      usage: "exec a new process in the task's container",
      flags: [
        { names: ['stdin'], kind: 'string', usage: 'specify the path to the stdin fifo' },
        { names: ['stdout'], kind: 'string', usage: 'specify the path to the stdout fifo' },
        { names: ['stderr'], kind: 'string', usage: 'specify the path to the stderr fifo' },
        { names: ['tty', 't'], kind: 'bool', usage: 'enable tty support' },
        { names: ['attach', 'a'], kind: 'bool', usage: 'stay attached to the container and open the fifos' },
        { names: ['env', 'e'], kind: 'stringSlice', usage: 'add environment vars' },
        { names: ['cwd'], kind: 'string', usage: 'current working directory' },
        { names: ['spec'], kind: 'string', usage: 'runtime spec' },
      ],
      action: refuse,
    },
    { name: 'start', usage: 'start a container with a task', action: refuse },
    { name: 'state', usage: 'get the state of all the processes of the task', action: refuse },
  ],
};
