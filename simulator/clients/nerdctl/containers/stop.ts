// `nerdctl stop [flags] CONTAINER [CONTAINER, ...]` (cmd/nerdctl/stop.go@v0.22.2): stops each in
// turn and prints the argument as given; a container without a task prints `No such
// container: <req>` on stderr and goes on.

import { isNotFound } from '../../../errdefs/errdefs';
import { clientOf, type NerdctlCommand } from '../nerdctl-env';
import { forEachContainer } from './for-each';
import { stopContainer } from './stop-container';

export const stopCommand: NerdctlCommand = {
  name: 'stop',
  usage: 'Stop one or more running containers',
  argsUsage: '[flags] CONTAINER [CONTAINER, ...]',
  args: { min: 1 },
  flags: [{ names: ['time', 't'], kind: 'int', usage: 'Seconds to wait for stop before killing it', value: 10 }],
  action: async (c) => {
    const timeout = c.isSet('time') ? c.int('time') : undefined;
    const client = clientOf(c);
    await forEachContainer(client, c.args, async (found) => {
      try {
        await stopContainer(c, found.container, timeout);
      } catch (err) {
        if (!isNotFound(err)) throw err;
        c.io.stderr(`No such container: ${found.req}\n`);
        return;
      }
      c.io.stdout(`${found.req}\n`);
    });
  },
};
