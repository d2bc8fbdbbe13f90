// `nerdctl restart [flags] CONTAINER [CONTAINER, ...]` (cmd/nerdctl/restart.go@v0.22.2): stop
// then start each, printing the argument. As released, -t is declared as a string flag but read
// with GetInt, so giving it fails: `trying to get int value of flag of type string`.

import { clientOf, type NerdctlCommand } from '../nerdctl-env';
import { forEachContainer } from './for-each';
import { startContainer } from './start-container';
import { stopContainer } from './stop-container';

export const restartCommand: NerdctlCommand = {
  name: 'restart',
  usage: 'Restart one or more running containers',
  argsUsage: '[flags] CONTAINER [CONTAINER, ...]',
  args: { min: 1 },
  flags: [{ names: ['time', 't'], kind: 'string', usage: 'Seconds to wait for stop before killing it', value: '10' }],
  action: async (c) => {
    if (c.isSet('time')) throw new Error('trying to get int value of flag of type string');
    const client = clientOf(c);
    await forEachContainer(client, c.args, async (found) => {
      await stopContainer(c, found.container, undefined);
      startContainer(c, client, found.container, false);
      c.io.stdout(`${found.req}\n`);
    });
  },
};
