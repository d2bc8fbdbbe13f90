// `ctr shim`: talks to a container's shim over its ttrpc socket, bypassing containerd.
// Not modelled: every verb says so.

import type { CtrCommand } from '../ctr-env';
import { NotSimulatedError } from '../errors';

function refuse(): never {
  throw new NotSimulatedError('"ctr shim"', "containerd's runtime/v2/README.md");
}

export const shimCommand: CtrCommand = {
  name: 'shim',
  usage: 'interact with a shim directly',
  flags: [{ names: ['id'], kind: 'string', usage: 'container id' }],
  subcommands: [
    { name: 'delete', usage: 'delete a container with a task', action: refuse },
    { name: 'exec', usage: 'exec a new process in the task\'s container', action: refuse },
    { name: 'pprof', usage: 'get pprof from the shim', action: refuse },
    { name: 'start', usage: 'start a container with a task', action: refuse },
    { name: 'state', usage: 'get the state of all the processes of the task', action: refuse },
  ],
};
