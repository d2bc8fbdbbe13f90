// `docker system prune` (docker/cli 20.10 cli/command/system/prune.go): one question listing
// what goes (volumes with --volumes; all unused images and all build cache with -a), then the
// container, network, (volume,) image and build-cache prunes in that order, each block only
// when it removed something, and `Total reclaimed space:` over all of them. Told no, it
// prints nothing more. --filter goes to every prune (the question lists its label, label! and
// until values); the first prune refusing a key (`Invalid filter 'x'`) ends the command.

import type { CommandIO } from '../../../cli/spec';
import { humanSize } from '../../../cli/units';
import { daemonOf, type DockerCommand } from '../docker-env';
import { filterArgs } from '../format/filters';
import { imagesPruned } from '../images/prune';
import { confirmThen } from '../network/confirm';

function warning(all: boolean, volumes: boolean, filters: ReadonlyMap<string, readonly string[]>): string {
  const lines = ['all stopped containers', 'all networks not used by at least one container'];
  if (volumes) lines.push('all volumes not used by at least one container');
  lines.push(all ? 'all images without at least one container associated to them' : 'all dangling images');
  lines.push(all ? 'all build cache' : 'all dangling build cache');
  // confirmationMessage: only the label, label! and until filters are listed, sorted.
  const shown = ['label', 'label!', 'until'].flatMap((name) => (filters.get(name) ?? []).map((v) => `${name}=${v}`)).sort();
  const filtered = shown.length > 0 ? `\n  Items to be pruned will be filtered with:\n${shown.map((f) => `  - ${f}\n`).join('')}` : '';
  return `This will remove:\n${lines.map((l) => `  - ${l}\n`).join('')}${filtered}`;
}

export const systemPruneCommand: DockerCommand = {
  name: 'prune',
  argsUsage: '[OPTIONS]',
  usage: 'Remove unused data',
  args: { max: 0 },
  flags: [
    { names: ['all', 'a'], kind: 'bool', usage: 'Remove all unused images not just dangling ones' },
    { names: ['filter'], kind: 'stringArray', typeName: 'filter', usage: "Provide filter values (e.g. 'label=<key>=<value>')" },
    { names: ['force', 'f'], kind: 'bool', usage: 'Do not prompt for confirmation' },
    { names: ['volumes'], kind: 'bool', usage: 'Prune volumes' },
  ],
  action: (c) => {
    const daemon = daemonOf(c);
    const all = c.bool('all');
    const volumes = c.bool('volumes');
    const filter = c.stringSlice('filter');
    const filters = filterArgs(filter);
    if (volumes && filters.has('until')) {
      c.io.stderr('ERROR: The "until" filter is not supported with "--volumes"\n');
      return 1;
    }
    const run = (io: CommandIO, confirmed: boolean) => {
      if (!confirmed) return;
      let space = 0;
      const containers = daemon.pruneContainers(filters);
      space += containers.SpaceReclaimed;
      if (containers.ContainersDeleted) io.stdout(`Deleted Containers:\n${containers.ContainersDeleted.map((id) => `${id}\n`).join('')}\n`);
      const networks = daemon.networks.prune(filters);
      if (networks.length > 0) io.stdout(`Deleted Networks:\n${networks.map((n) => `${n}\n`).join('')}\n`);
      if (volumes) {
        const v = daemon.volumes.prune(filters);
        space += v.SpaceReclaimed;
        if (v.VolumesDeleted.length > 0) io.stdout(`Deleted Volumes:\n${v.VolumesDeleted.map((n) => `${n}\n`).join('')}\n`);
      }
      const images = imagesPruned(daemon, all, filter);
      space += images.space;
      if (images.text !== '') io.stdout(`${images.text}\n`);
      io.stdout(`Total reclaimed space: ${humanSize(space)}\n`);
    };
    if (c.bool('force')) run(c.io, true);
    else confirmThen(c, warning(all, volumes, filters), run);
  },
};
