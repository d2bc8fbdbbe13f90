// `docker volume prune` (docker/cli 20.10 cli/command/volume/prune.go): asks first unless -f,
// then `Deleted Volumes:` with each name and an empty line when some went, and always `Total
// reclaimed space: <size>` — a real 20.10.24 prints `Total reclaimed space: 0B` even when the
// answer was no.

import { humanSize } from '../../../cli/units';
import { daemonOf, type DockerCommand } from '../docker-env';
import { filterArgs } from '../format/filters';
import { confirmThen } from '../network/confirm';

const WARNING = 'This will remove all local volumes not used by at least one container.';

export const volumePruneCommand: DockerCommand = {
  name: 'prune',
  argsUsage: '[OPTIONS]',
  usage: 'Remove all unused local volumes',
  args: { max: 0 },
  flags: [
    { names: ['filter'], kind: 'stringArray', typeName: 'filter', usage: "Provide filter values (e.g. 'label=<label>')" },
    { names: ['force', 'f'], kind: 'bool', usage: 'Do not prompt for confirmation' },
  ],
  action: (c) => {
    const daemon = daemonOf(c);
    const prune = (io: typeof c.io, confirmed: boolean) => {
      const report = confirmed ? daemon.volumes.prune(filterArgs(c.stringSlice('filter'))) : { VolumesDeleted: [], SpaceReclaimed: 0 };
      if (report.VolumesDeleted.length > 0) io.stdout(`Deleted Volumes:\n${report.VolumesDeleted.map((n) => `${n}\n`).join('')}\n`);
      io.stdout(`Total reclaimed space: ${humanSize(report.SpaceReclaimed)}\n`);
    };
    if (c.bool('force')) prune(c.io, true);
    else confirmThen(c, WARNING, prune);
  },
};
