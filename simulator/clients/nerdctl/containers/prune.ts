// `nerdctl container prune` (cmd/nerdctl/container_prune.go@v0.22.2): asks (unless -f) then
// tries removeContainer (no force, anonymous volumes too) on every container: running ones
// refuse (statusError, skipped silently); prints `Deleted Containers:`, the ids, a blank line.

import { clientOf, type NerdctlCommand } from '../nerdctl-env';
import { ContainerStatusError, removeContainer } from './remove-container';

export const containerPruneCommand: NerdctlCommand = {
  name: 'prune',
  usage: 'Remove all stopped containers',
  args: { max: 0 },
  flags: [{ names: ['force', 'f'], kind: 'bool', usage: 'Do not prompt for confirmation' }],
  action: (c) => {
    if (!c.bool('force')) {
      c.io.stdout('WARNING! This will remove all stopped containers.\nAre you sure you want to continue? [y/N] ');
      const answer = (c.io.stdin.split('\n')[0] ?? '').trim().toLowerCase();
      if (answer !== 'y') return;
    }
    const client = clientOf(c);
    const deleted: string[] = [];
    for (const info of client.containers.list()) {
      const container = client.containers.loadContainer(info.id);
      try {
        removeContainer(c, client, container, false, true);
        deleted.push(info.id);
      } catch (err) {
        if (err instanceof ContainerStatusError) continue;
        c.env.log.warn(`failed to remove container ${info.id}`, { error: (err as Error).message });
      }
    }
    if (deleted.length > 0) c.io.stdout(`Deleted Containers:\n${deleted.map((id) => `${id}\n`).join('')}\n`);
  },
};
