// `docker system prune` (docker/cli 20.10 cli/command/system/prune.go): one question listing
// what goes (volumes with --volumes; all unused images and all build cache with -a), then the
// container, network, (volume,) image and build-cache prunes in that order, each block only
// when it removed something, and `Total reclaimed space:` over all of them. Told no, it
// prints nothing more.

import { NotSimulatedError } from '../../../cli/not-simulated';
import type { CommandIO } from '../../../cli/spec';
import { humanSize } from '../../../cli/units';
import { daemonOf, type DockerCommand } from '../docker-env';
import { imagesPruned } from '../images/prune';
import { confirmThen } from '../network/confirm';

function warning(all: boolean, volumes: boolean): string {
  const lines = ['all stopped containers', 'all networks not used by at least one container'];
  if (volumes) lines.push('all volumes not used by at least one container');
  lines.push(all ? 'all images without at least one container associated to them' : 'all dangling images');
  lines.push(all ? 'all build cache' : 'all dangling build cache');
  return `This will remove:\n${lines.map((l) => `  - ${l}\n`).join('')}`;
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
    if (c.stringSlice('filter').length > 0) throw new NotSimulatedError('docker system prune --filter', 'https://docs.docker.com/engine/reference/commandline/system_prune/');
    const daemon = daemonOf(c);
    const all = c.bool('all');
    const volumes = c.bool('volumes');
    const run = (io: CommandIO, confirmed: boolean) => {
      if (!confirmed) return;
      let space = 0;
      const containers = daemon.pruneContainers();
      space += containers.SpaceReclaimed;
      if (containers.ContainersDeleted) io.stdout(`Deleted Containers:\n${containers.ContainersDeleted.map((id) => `${id}\n`).join('')}\n`);
      const networks = daemon.networks.prune();
      if (networks.length > 0) io.stdout(`Deleted Networks:\n${networks.map((n) => `${n}\n`).join('')}\n`);
      if (volumes) {
        const v = daemon.volumes.prune();
        space += v.SpaceReclaimed;
        if (v.VolumesDeleted.length > 0) io.stdout(`Deleted Volumes:\n${v.VolumesDeleted.map((n) => `${n}\n`).join('')}\n`);
      }
      const images = imagesPruned(daemon, all);
      space += images.space;
      if (images.text !== '') io.stdout(`${images.text}\n`);
      io.stdout(`Total reclaimed space: ${humanSize(space)}\n`);
    };
    if (c.bool('force')) run(c.io, true);
    else confirmThen(c, warning(all, volumes), run);
  },
};
