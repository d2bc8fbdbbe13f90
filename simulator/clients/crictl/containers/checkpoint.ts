// `crictl checkpoint [--export FILE] CONTAINER-ID...` (cmd/crictl/container.go
// checkpointContainerCommand and CheckpointContainer @v1.26.0): each id goes to the runtime's
// CheckpointContainer with the export path as its location, and is printed once checkpointed.
// containerd 1.6's CRI plugin answers Unimplemented, so on this node every id fails with
// `checkpointing the container "<id>" failed: rpc error: code = Unimplemented desc = method
// CheckpointContainer not implemented` (ctr's `c checkpoint` is the way containerd 1.6 offers).

import type { CrictlCommand } from '../crictl-env';
import { eachIdInTurn } from './shared';

export const checkpointCommand: CrictlCommand = {
  name: 'checkpoint',
  usage: 'Checkpoint one or more running containers',
  argsUsage: 'CONTAINER-ID [CONTAINER-ID...]',
  shortOptionHandling: true,
  flags: [{ names: ['export', 'E'], kind: 'string', usage: 'Specify the name of the archive used to export the checkpoint' }],
  action: (c) =>
    eachIdInTurn(c, (id) => `checkpointing the container ${JSON.stringify(id)} failed`, async (runtime, id) => {
      await runtime.checkpointContainer({ containerId: id, location: c.string('export'), timeout: 0 });
      return `${id}\n`;
    }),
};
