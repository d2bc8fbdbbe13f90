// `docker network prune` (docker/cli 20.10 cli/command/network/prune.go): asks first unless -f
// (PromptForConfirmation), then `Deleted Networks:` and each name, and an empty line — nothing
// at all when none was removed or the answer was no.

import { daemonOf, type DockerCommand } from '../docker-env';
import { filterArgs } from '../format/filters';
import { confirmThen } from './confirm';

const WARNING = 'This will remove all custom networks not used by at least one container.';

export const networkPruneCommand: DockerCommand = {
  name: 'prune',
  argsUsage: '[OPTIONS]',
  usage: 'Remove all unused networks',
  args: { max: 0 },
  flags: [
    { names: ['filter'], kind: 'stringArray', typeName: 'filter', usage: "Provide filter values (e.g. 'until=<timestamp>')" },
    { names: ['force', 'f'], kind: 'bool', usage: 'Do not prompt for confirmation' },
  ],
  action: (c) => {
    const daemon = daemonOf(c);
    const prune = (io: typeof c.io, confirmed: boolean) => {
      if (!confirmed) return;
      const names = daemon.networks.prune(filterArgs(c.stringSlice('filter')));
      if (names.length > 0) io.stdout(`Deleted Networks:\n${names.map((n) => `${n}\n`).join('')}\n`);
    };
    if (c.bool('force')) prune(c.io, true);
    else confirmThen(c, WARNING, prune);
  },
};
