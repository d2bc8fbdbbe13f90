// `ctr shim`: talks to a container's shim over its ttrpc socket, bypassing containerd.
// Not modelled: every verb says so.

import type { CtrCommand, CtrContext } from '../ctr-env';
import { CtrError } from '../errors';
import { NotSimulatedError } from '../../../cli/not-simulated';

function refuse(c: CtrContext): never {
  // The real ctr checks --id before it opens the shim's socket.
  if (!c.string('id')) throw new CtrError('container id must be specified');
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
