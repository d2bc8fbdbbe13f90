// POST /containers/prune (moby 20.10 daemon/prune.go ContainersPrune): every container not
// running (nor paused or restarting) is removed; SpaceReclaimed is their SizeRw. `docker
// system prune` calls it first, then the network, volume, image and build-cache prunes.

import type { Node } from '../../node';
import { listContainers } from '../containers/list';
import { removeContainer } from '../containers/remove';
import { logEvent } from '../events/event-log';

export interface ContainersPruneReport {
  ContainersDeleted: string[] | null;
  SpaceReclaimed: number;
}

export function pruneContainers(node: Node): ContainersPruneReport {
  const deleted: string[] = [];
  let space = 0;
  for (const c of listContainers(node, { all: true, size: true })) {
    if (c.State === 'running' || c.State === 'paused' || c.State === 'restarting') continue;
    removeContainer(node, c.Id, false);
    deleted.push(c.Id);
    space += c.SizeRw ?? 0;
  }
  // The daemon logs the prune itself, with no actor id (a real 20.10.24: `container prune  (reclaimed=13)`).
  logEvent(node, 'container', 'prune', { ID: '', Attributes: { reclaimed: String(space) } });
  return { ContainersDeleted: deleted.length === 0 ? null : deleted, SpaceReclaimed: space };
}
