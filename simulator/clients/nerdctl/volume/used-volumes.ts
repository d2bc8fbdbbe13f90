// usedVolumes (cmd/nerdctl/volume_rm.go:87-111@v0.22.2): the volume names of every container
// in the namespace, read from its `nerdctl/mounts` label (a JSON array of dockercompat
// MountPoint, pkg/labels/labels.go) — entries of Type "volume". A label that is not JSON fails
// the command as json.Unmarshal does.

import type { NamespacedClient } from '../../../containerd/client/index';

/** pkg/labels.Mounts. */
export const MOUNTS_LABEL = 'nerdctl/mounts';

export function usedVolumes(client: NamespacedClient): Set<string> {
  const used = new Set<string>();
  for (const container of client.containers.list()) {
    const json = container.labels[MOUNTS_LABEL];
    if (json === undefined) continue;
    const mounts = JSON.parse(json) as Array<{ Type?: string; Name?: string }> | null;
    for (const m of mounts ?? []) if (m.Type === 'volume' && m.Name !== undefined) used.add(m.Name);
  }
  return used;
}
