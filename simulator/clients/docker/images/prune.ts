// `docker image prune` (docker/cli 20.10 cli/command/image/prune.go): the warning and
// [y/N] question unless -f (answered no, only the total is printed), then `Deleted Images:`
// with `untagged: x` / `deleted: sha256:…` lines and a blank line, and `Total reclaimed
// space: <units.HumanSize>`.

import type { CommandIO } from '../../../cli/spec';
import { humanSize } from '../../../cli/units';
import type { DockerdApi } from '../../../dockerd/index';
import { daemonOf, type DockerCommand } from '../docker-env';
import { filterArgs } from '../format/filters';
import { confirmThen } from '../network/confirm';

const DANGLING_WARNING = 'This will remove all dangling images.';
const ALL_WARNING = 'This will remove all images without at least one container associated to them.';

/** The `Deleted Images:` block of a prune (empty when nothing went), and the bytes freed. */
export function imagesPruned(daemon: DockerdApi, all: boolean, filter: readonly string[] = []): { text: string; space: number } {
  // prune.go runPrune: the CLI adds `dangling=<not --all>` to the filters the user gave.
  const filters = filterArgs(filter);
  filters.set('dangling', [...(filters.get('dangling') ?? []), String(!all)]);
  const report = daemon.images.prune({ all, filters });
  const lines = (report.ImagesDeleted ?? []).map((d) => ('Untagged' in d ? `untagged: ${d.Untagged}` : `deleted: ${d.Deleted}`));
  return { text: lines.length === 0 ? '' : `Deleted Images:\n${lines.join('\n')}\n`, space: report.SpaceReclaimed };
}

export const imagePruneCommand: DockerCommand = {
  name: 'prune',
  argsUsage: '[OPTIONS]',
  usage: 'Remove unused images',
  args: { max: 0 },
  flags: [
    { names: ['all', 'a'], kind: 'bool', usage: 'Remove all unused images, not just dangling ones' },
    { names: ['filter'], kind: 'stringArray', typeName: 'filter', usage: "Provide filter values (e.g. 'until=<timestamp>')" },
    { names: ['force', 'f'], kind: 'bool', usage: 'Do not prompt for confirmation' },
  ],
  action: (c) => {
    const filter = c.stringSlice('filter');
    const daemon = daemonOf(c);
    const all = c.bool('all');
    const run = (io: CommandIO, confirmed: boolean) => {
      let space = 0;
      if (confirmed) {
        const pruned = imagesPruned(daemon, all, filter);
        if (pruned.text !== '') io.stdout(`${pruned.text}\n`);
        space = pruned.space;
      }
      io.stdout(`Total reclaimed space: ${humanSize(space)}\n`);
    };
    if (c.bool('force')) run(c.io, true);
    else confirmThen(c, all ? ALL_WARNING : DANGLING_WARNING, run);
  },
};
