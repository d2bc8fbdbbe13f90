// `docker builder prune` (docker/cli 20.10 cli/command/builder/prune.go): the warning and its [y/N]
// unless -f, then dockerd's build cache prune (filters checked there; nothing to delete on node1:
// dockerd/system/build-cache-prune.ts) and the space reclaimed.

import type { CommandIO } from '../../../cli/spec';
import type { DockerCommand } from '../docker-env';
import { confirmThen } from '../network/confirm';
import { daemonOf } from '../docker-env';
import { filterArgs } from '../format/filters';
import { humanSize } from '../../../cli/units';

const WARNING = 'This will remove all dangling build cache.';
const ALL_WARNING = 'This will remove all build cache.';

export const builderPruneCommand: DockerCommand = {
  name: 'prune',
  usage: 'Remove build cache',
  args: { max: 0 },
  flags: [
    { names: ['all', 'a'], kind: 'bool', usage: 'Remove all unused build cache, not just dangling ones' },
    { names: ['filter'], kind: 'stringArray', typeName: 'filter', usage: 'Provide filter values (e.g. \'until=24h\')' },
    { names: ['force', 'f'], kind: 'bool', usage: 'Do not prompt for confirmation' },
    { names: ['keep-storage'], kind: 'string', typeName: 'bytes', usage: 'Amount of disk space to keep for cache' },
  ],
  action: (c) => {
    const prune = (io: CommandIO, confirmed: boolean) => {
      // Told no, runPrune reports nothing reclaimed, and the total is printed all the same.
      const report = confirmed ? daemonOf(c).pruneBuildCache(filterArgs(c.stringSlice('filter'))) : { CachesDeleted: [], SpaceReclaimed: 0 };
      if (report.CachesDeleted.length > 0) io.stdout(`Deleted build cache objects:\n${report.CachesDeleted.map((id) => `${id}\n`).join('')}`);
      io.stdout(`Total reclaimed space: ${humanSize(report.SpaceReclaimed)}\n`);
    };
    if (c.bool('force')) return prune(c.io, true);
    confirmThen(c, c.bool('all') ? ALL_WARNING : WARNING, prune, { oneLine: true });
  },
};
