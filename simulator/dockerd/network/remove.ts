// DELETE /networks/{id} and POST /networks/prune (moby 20.10 daemon/network.go deleteNetwork,
// daemon/prune.go NetworksPrune): a predefined network is refused (`bridge is a pre-defined
// network and cannot be removed`), one with a running container's endpoint too (`error while
// removing network: network n1 id <id> has active endpoints`); else it goes with its bridge.
// Prune removes every user-defined network without endpoints (that its filters let go) and
// lists their names.

import type { Node } from '../../node';
import { conflict, DockerdError } from '../errors';
import { deleteBridgeLink } from './bridge-links';
import type { NetworkRecord } from './network-record';
import { findNetwork, isPredefined } from './network-store';
import { sweptStore } from './sweep';
import { logEvent, logNetworkEvent } from '../events/event-log';
import { createdAfter, foldPruneFilters, type PruneFilters } from '../system/prune-filters';

function drop(node: Node, network: NetworkRecord): void {
  const store = sweptStore(node);
  deleteBridgeLink(node, network);
  delete store.networks[network.id];
  logNetworkEvent(node, network, 'destroy');
}

export function removeNetwork(node: Node, typed: string): void {
  sweptStore(node);
  const network = findNetwork(node, typed);
  if (isPredefined(network.name)) throw new DockerdError(403, `${network.name} is a pre-defined network and cannot be removed`);
  if (Object.keys(network.endpoints).length > 0) {
    throw conflict(`error while removing network: network ${network.name} id ${network.id} has active endpoints`);
  }
  drop(node, network);
}

/** Removes the unused user-defined networks the filters (label, label!, until) let go; their names, in name order. */
export function pruneNetworks(node: Node, filters?: PruneFilters): string[] {
  const folded = foldPruneFilters(filters, ['label', 'label!', 'until'], node.nowMs());
  const store = sweptStore(node);
  const unused = Object.values(store.networks)
    .filter((n) => !isPredefined(n.name) && Object.keys(n.endpoints).length === 0)
    .filter((n) => !createdAfter(folded, n.created) && folded.labelsPass(n.labels))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const network of unused) drop(node, network);
  // NetworksPrune logs one `prune` with nothing reclaimed (networks take no space).
  logEvent(node, 'network', 'prune', { ID: '', Attributes: { reclaimed: '0' } });
  return unused.map((n) => n.name);
}
