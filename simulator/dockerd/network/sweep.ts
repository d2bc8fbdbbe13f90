// Endpoints of containers dockerd no longer has (removed by a path that did not release its
// network, e.g. `rm -f` of a running one): libnetwork's sandbox cleanup at daemon start
// (daemon.go cleanupContainerSandboxes / sandbox.go) removes them; here before any network
// operation reads the store, so `network rm` never counts a ghost as an active endpoint.

import type { Node } from '../../node';
import { leaveNetwork } from './endpoints';
import type { NetworkStore } from './network-record';
import { networkStore } from './network-store';

export function sweptStore(node: Node): NetworkStore {
  const store = networkStore(node);
  const containers = node.state.dockerd.containers;
  for (const network of Object.values(store.networks)) {
    for (const id of Object.keys(network.endpoints)) {
      if (Object.hasOwn(containers, id)) continue;
      leaveNetwork(node, { id, name: '' } as never, network);
    }
  }
  for (const id of Object.keys(store.sandboxes)) if (!Object.hasOwn(containers, id)) delete store.sandboxes[id];
  return store;
}
