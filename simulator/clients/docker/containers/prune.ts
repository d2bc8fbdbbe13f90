// `docker container prune` (docker/cli 20.10 cli/command/container/prune.go): the warning and
// [y/N] question unless -f, then `Deleted Containers:` with each id and a blank line, and
// `Total reclaimed space:` (printed even when told no).

import type { CommandIO } from '../../../cli/spec';
import { humanSize } from '../../../cli/units';
import { daemonOf, type DockerCommand } from '../docker-env';
import { filterArgs } from '../format/filters';
import { confirmThen } from '../network/confirm';

export const containerPruneCommand: DockerCommand = {
  name: 'prune',
  argsUsage: '[OPTIONS]',
  usage: 'Remove all stopped containers',
  args: { max: 0 },
  flags: [
    { names: ['filter'], kind: 'stringArray', typeName: 'filter', usage: "Provide filter values (e.g. 'until=<timestamp>')" },
    { names: ['force', 'f'], kind: 'bool', usage: 'Do not prompt for confirmation' },
  ],
  action: (c) => {
    const daemon = daemonOf(c);
    const run = (io: CommandIO, confirmed: boolean) => {
      let space = 0;
      if (confirmed) {
        const report = daemon.pruneContainers(filterArgs(c.stringSlice('filter')));
        space = report.SpaceReclaimed;
        if (report.ContainersDeleted) io.stdout(`Deleted Containers:\n${report.ContainersDeleted.map((id) => `${id}\n`).join('')}\n`);
      }
      io.stdout(`Total reclaimed space: ${humanSize(space)}\n`);
    };
    if (c.bool('force')) run(c.io, true);
    else confirmThen(c, 'This will remove all stopped containers.', run);
  },
};
