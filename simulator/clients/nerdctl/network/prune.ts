// `nerdctl network prune` (network_prune.go@v0.22.2): the prompt, then every network nerdctl
// wrote that no running or paused container joins (their `nerdctl/networks` label) is removed —
// the default `bridge` too, as 0.22 does not spare it. usedNetworks asks every container of
// the namespace for its task: one without a task fails the whole prune with the client's error.

import type { NamespacedClient } from '../../../containerd/client/index';
import type { NerdctlContext } from '../nerdctl-env';
import { clientOf, type NerdctlCommand } from '../nerdctl-env';
import { confirmThen } from '../system/confirm';
import { cniEnvOf } from './cni-env';
import { removeNetwork } from './remove-network';

/** pkg/labels.Networks. */
const NETWORKS_LABEL = 'nerdctl/networks';

/** usedNetworks: the CNI networks of running or paused containers (host, none, container:… are not CNI). */
function usedNetworks(client: NamespacedClient): Set<string> {
  const used = new Set<string>();
  for (const info of client.containers.list()) {
    const status = client.containers.loadContainer(info.id).task().status();
    if (status !== 'RUNNING' && status !== 'PAUSED') continue;
    const json = info.labels[NETWORKS_LABEL];
    if (json === undefined) continue;
    const networks = (JSON.parse(json) as string[] | null) ?? [];
    if (networks.some((n) => n === 'host' || n === 'none' || n.startsWith('container:'))) continue;
    for (const n of networks) used.add(n);
  }
  return used;
}

/** networkPrune: also what `system prune` runs. */
export function pruneNetworks(c: NerdctlContext): void {
  const client = clientOf(c);
  const env = cniEnvOf(c);
  const used = usedNetworks(client);
  const removed: string[] = [];
  for (const net of env.networks) {
    if (net.nerdctlId === undefined || net.file === '' || used.has(net.name)) continue;
    removeNetwork(env, net);
    removed.push(net.name);
  }
  if (removed.length > 0) c.io.stdout(`Deleted Networks:\n${removed.map((n) => `${n}\n`).join('')}\n`);
}

export const networkPruneCommand: NerdctlCommand = {
  name: 'prune',
  argsUsage: '[flags]',
  usage: 'Remove all unused networks',
  args: { max: 0 },
  flags: [{ names: ['force', 'f'], kind: 'bool', usage: 'Do not prompt for confirmation' }],
  action: async (c) => {
    if (c.bool('force')) pruneNetworks(c);
    else await confirmThen(c, 'This will remove all custom networks not used by at least one container.\nAre you sure you want to continue? [y/N] ', pruneNetworks);
  },
};
