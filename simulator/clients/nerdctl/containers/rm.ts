// `nerdctl rm [flags] CONTAINER [CONTAINER, ...]` (cmd/nerdctl/rm.go@v0.22.2): removes each and
// prints the argument as given. Without -f the first failure ends the command (a running
// container: `you cannot remove a running container <id>. Stop the container before attempting
// removal or force remove`); with -f each failure is logged (ERRO) and the rest go on.

import { clientOf, type NerdctlCommand } from '../nerdctl-env';
import { walkContainers } from './container-walker';
import { removeContainer } from './remove-container';

export const rmCommand: NerdctlCommand = {
  name: 'rm',
  usage: 'Remove one or more containers',
  argsUsage: '[flags] CONTAINER [CONTAINER, ...]',
  args: { min: 1 },
  flags: [
    { names: ['force', 'f'], kind: 'bool', usage: 'Force the removal of a running|paused|unknown container (uses SIGKILL)' },
    { names: ['volumes', 'v'], kind: 'bool', usage: 'Remove volumes associated with the container' },
  ],
  action: async (c) => {
    const force = c.bool('force');
    const volumes = c.bool('volumes');
    const client = clientOf(c);
    for (const req of c.args) {
      try {
        const n = await walkContainers(client, req, (found) => {
          if (found.matchCount > 1) throw new Error(`multiple IDs found with provided prefix: ${found.req}`);
          removeContainer(c, client, found.container, force, volumes);
          c.io.stdout(`${found.req}\n`);
        });
        if (n === 0) throw new Error(`no such container ${req}`);
      } catch (err) {
        if (!force) throw err;
        c.env.log.error((err as Error).message);
      }
    }
  },
};

