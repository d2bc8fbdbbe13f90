// POST /containers/prune (moby 20.10 daemon/prune.go ContainersPrune): every container not
// running (nor paused or restarting) is removed, unless the filters (label, label!, until:
// prune-filters.ts) keep it; SpaceReclaimed is their SizeRw. `docker
// system prune` calls it first, then the network, volume, image and build-cache prunes.

import type { Node } from '../../node';
import { listContainers } from '../containers/list';
import { removeContainer } from '../containers/remove';
import { logEvent } from '../events/event-log';
import { createdAfter, foldPruneFilters, type PruneFilters } from './prune-filters';

export interface ContainersPruneReport {
  ContainersDeleted: string[] | null;
  SpaceReclaimed: number;
}

export function pruneContainers(node: Node, filters?: PruneFilters): ContainersPruneReport {
  const folded = foldPruneFilters(filters, ['label', 'label!', 'until'], node.nowMs());
  const deleted: string[] = [];
  let space = 0;
  for (const c of listContainers(node, { all: true, size: true })) {
    if (c.State === 'running' || c.State === 'paused' || c.State === 'restarting') continue;
    const record = node.state.dockerd.containers[c.Id];
    if (!record || createdAfter(folded, record.created) || !folded.labelsPass(c.Labels)) continue;
    removeContainer(node, c.Id, false);
    deleted.push(c.Id);
    space += c.SizeRw ?? 0;
  }
  // The daemon logs the prune itself, with no actor id (a real 20.10.24: `container prune  (reclaimed=13)`).
  logEvent(node, 'container', 'prune', { ID: '', Attributes: { reclaimed: String(space) } });
  return { ContainersDeleted: deleted.length === 0 ? null : deleted, SpaceReclaimed: space };
}
