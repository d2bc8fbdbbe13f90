// The network endpoints of dockerd's API (/networks…), as connectDockerd hands them to clients.

import type { Node } from '../../node';
import { connectNetwork, disconnectNetwork, type ConnectOptions } from './connect';
import { createNetwork, type NetworkCreateRequest } from './create';
import { inspectNetwork, type NetworkResource } from './inspect';
import { listNetworks } from './list';
import { pruneNetworks, removeNetwork } from './remove';
import type { PruneFilters } from '../system/prune-filters';

export type { NetworkResource };

export interface NetworkApi {
  /** GET /networks: every network matching the filters ("key=value"); 400 `Invalid filter 'x'`. */
  list(filters?: readonly string[]): NetworkResource[];
  /** GET /networks/{id}: 404 `network x not found`. */
  inspect(ref: string): NetworkResource;
  /** POST /networks/create: the new id; 409 for a name in use, others as the daemon words them. */
  create(request: NetworkCreateRequest): { Id: string; Warning: string };
  /** DELETE /networks/{id}: 404, 403 predefined, 409 active endpoints. */
  remove(ref: string): void;
  /** POST /networks/prune: the names removed (label, label! and until filters). */
  prune(filters?: PruneFilters): string[];
  /** POST /networks/{id}/connect: 404 `No such container: x` first, then the network. */
  connect(network: string, container: string, options?: ConnectOptions): void;
  /** POST /networks/{id}/disconnect. Force matters to dockerd only for a network that no longer exists, never here. */
  disconnect(network: string, container: string, force?: boolean): void;
}

export function networkApi(node: Node): NetworkApi {
  return {
    list: (filters) => listNetworks(node, filters),
    inspect: (ref) => inspectNetwork(node, ref),
    create: (request) => createNetwork(node, request),
    remove: (ref) => removeNetwork(node, ref),
    prune: (filters) => pruneNetworks(node, filters),
    connect: (network, container, options) => connectNetwork(node, network, container, options),
    disconnect: (network, container) => disconnectNetwork(node, network, container),
  };
}
