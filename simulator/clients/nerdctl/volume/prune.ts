// `nerdctl volume prune` (volume_prune.go@v0.22.2): without -f it asks on stdout and reads one
// word (fmt.Fscanf "%s"); anything but y/Y leaves everything. Then every volume no container
// mounts is removed, listed under "Deleted Volumes:" and a blank line.

import type { NerdctlContext } from '../nerdctl-env';
import { clientOf, dataStoreOf, globalOptions, type NerdctlCommand } from '../nerdctl-env';
import { confirmThen } from '../system/confirm';
import { usedVolumes } from './used-volumes';
import { listVolumes, removeVolumes } from './volume-store';

/** volumePrune: also what `system prune --volumes` runs. */
export function pruneVolumes(c: NerdctlContext): void {
  const client = clientOf(c);
  const store = dataStoreOf(c);
  const ns = globalOptions(c).namespace;
  const used = usedVolumes(client);
  const unused = listVolumes(c.env.node, store, ns)
    .map((v) => v.Name)
    .filter((n) => !used.has(n));
  const removed = removeVolumes(c.env.node, store, ns, unused);
  if (removed.length > 0) c.io.stdout(`Deleted Volumes:\n${removed.map((n) => `${n}\n`).join('')}\n`);
}

export const volumePruneCommand: NerdctlCommand = {
  name: 'prune',
  argsUsage: '[flags]',
  usage: 'Remove all unused local volumes',
  args: { max: 0 },
  flags: [{ names: ['force', 'f'], kind: 'bool', usage: 'Do not prompt for confirmation' }],
  action: async (c) => {
    if (c.bool('force')) pruneVolumes(c);
    else await confirmThen(c, 'This will remove all local volumes not used by at least one container.\nAre you sure you want to continue? [y/N] ', pruneVolumes);
  },
};
