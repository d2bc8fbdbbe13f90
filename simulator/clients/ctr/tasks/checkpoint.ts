// `ctr tasks checkpoint [flags] CONTAINER`: needs CRIU, which the node does not have, so runc
// fails the dump exactly as the recorded node reports it.

import { clientOf, type CtrCommand } from '../ctr-env';
import { requiredArg } from '../required-arg';
import { loadTaskArg } from './task-arg';

export const checkpointCommand: CtrCommand = {
  name: 'checkpoint',
  usage: 'checkpoint a container',
  argsUsage: '[flags] CONTAINER',
  flags: [
    { names: ['exit'], kind: 'bool', usage: 'stop the container after the checkpoint' },
    { names: ['image-path'], kind: 'string', usage: 'path to criu image files' },
    { names: ['work-path'], kind: 'string', usage: 'path to criu work files and logs' },
  ],
  action: (c) => {
    const { task } = loadTaskArg(c, requiredArg(c, 0, 'container id'));
    // task.Checkpoint (task.go @v1.6.20) holds a lease while it asks the shim for the dump.
    clientOf(c).leases.withLease(() => task.checkpoint());
  },
};
