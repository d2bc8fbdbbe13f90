// `nerdctl system prune` (cmd/nerdctl/system_prune.go@v0.22.2): without -a it only warns and
// does nothing; with it, the prompt (volumes listed with --volumes), then container prune,
// network prune, volume prune (--volumes) and image prune, each printing its own list.

import { containerPruneCommand } from '../containers/prune';
import { imagePruneCommand } from '../images/prune';
import type { NerdctlCommand, NerdctlContext } from '../nerdctl-env';
import { clientOf } from '../nerdctl-env';
import { pruneNetworks } from '../network/prune';
import { pruneVolumes } from '../volume/prune';
import { confirmThen } from './confirm';

/** Runs another group's prune command as system prune calls its function: forced, with -a. */
async function forced(c: NerdctlContext, command: NerdctlCommand): Promise<void> {
  const forcedContext: NerdctlContext = { ...c, bool: (name: string) => (name === 'force' || name === 'all' ? true : c.bool(name)) };
  await command.action?.(forcedContext);
}

function question(volumes: boolean): string {
  let msg = 'This will remove:\n  - all stopped containers\n  - all networks not used by at least one container';
  if (volumes) msg += '\n  - all volumes not used by at least one container';
  msg += '\n  - all images without at least one container associated to them\n';
  return `${msg}\nAre you sure you want to continue? [y/N] `;
}

export const systemPruneCommand: NerdctlCommand = {
  name: 'prune',
  argsUsage: '[flags]',
  usage: 'Remove unused data',
  args: { max: 0 },
  flags: [
    { names: ['all', 'a'], kind: 'bool', usage: 'Remove all unused images, not just dangling ones' },
    { names: ['force', 'f'], kind: 'bool', usage: 'Do not prompt for confirmation' },
    { names: ['volumes'], kind: 'bool', usage: 'Prune volumes' },
  ],
  action: async (c) => {
    if (!c.bool('all')) {
      c.env.log.warn('Currently, `nerdctl system prune` requires --all to be specified. Skip pruning.');
      return;
    }
    const volumes = c.bool('volumes');
    const prune = async (x: NerdctlContext) => {
      clientOf(x);
      await forced(x, containerPruneCommand);
      pruneNetworks(x);
      if (volumes) pruneVolumes(x);
      await forced(x, imagePruneCommand);
    };
    if (c.bool('force')) await prune(c);
    else await confirmThen(c, question(volumes), prune);
  },
};
