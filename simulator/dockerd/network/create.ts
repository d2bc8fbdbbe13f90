// POST /networks/create (moby 20.10 daemon/network.go createNetwork, libnetwork's controller
// NewNetwork and bridge driver): a user-defined bridge network with a random 64-hex id, its pool
// from --subnet/--gateway or the next default pool (ipam.ts), and its Linux bridge br-<id[:12]>
// (or com.docker.network.bridge.name) made at once. The daemon's words for what it refuses, as
// a real 20.10.24 printed them: a name in use, a predefined name, an overlapping pool, an
// invalid subnet, drivers this node has not (overlay needs a swarm; an unknown one is a plugin).

import { parseCidr } from '../../host/network/ip-address';
import type { Node } from '../../node';
import { conflict, invalidParameter, notFound, systemError } from '../errors';
import { randomHex } from '../images/random-hex';
import { ensureBridgeLink } from './bridge-links';
import { allocateDefaultPool, overlapsExisting } from './ipam';
import type { NetworkRecord } from './network-record';
import { createdNow } from './network-store';
import { logNetworkEvent } from '../events/event-log';
import { sweptStore } from './sweep';

export interface NetworkCreateRequest {
  name: string;
  /** "bridge" when not given. */
  driver?: string;
  /** IPAM.Config: at most one IPv4 entry is simulated. */
  ipam?: Array<{ Subnet?: string; Gateway?: string; IPRange?: string }>;
  internal?: boolean;
  attachable?: boolean;
  /** --ipv6: only refused here (no IPv6 pool among the defaults; an IPv6 --subnet is not simulated). */
  enableIPv6?: boolean;
  /** --scope: "" or "local" as usual; "global" and "swarm" are redirected to a swarm manager. */
  scope?: string;
  labels?: Record<string, string>;
  options?: Record<string, string>;
}

/** Creates the network; returns its id. DockerdError as the daemon words it. */
export function createNetwork(node: Node, request: NetworkCreateRequest): { Id: string; Warning: string } {
  const store = sweptStore(node);
  const driver = request.driver || 'bridge';
  const networks = Object.values(store.networks);
  // runconfig.IsPreDefinedNetwork, then libnetwork's name check (daemon/network.go).
  if (['bridge', 'host', 'none', 'default'].includes(request.name)) throw systemError(`operation is not permitted on predefined ${request.name} network `.trimEnd());
  // GetNetworkByName takes an empty name for the default network, so '' is "in use" by bridge.
  if (networks.some((n) => n.name === (request.name || 'bridge'))) throw conflict(`network with name ${request.name} already exists`);
  if (driver === 'overlay' || request.scope === 'global' || request.scope === 'swarm') throw systemError('This node is not a swarm manager. Use "docker swarm init" or "docker swarm join" to connect this node to swarm and try again.');
  if (driver === 'host' || driver === 'null') throw systemError(`only one instance of "${driver}" network is allowed`);
  if (driver === 'macvlan' || driver === 'ipvlan') throw systemError(`${driver} networks are not simulated here`);
  if (driver !== 'bridge') throw notFound(`plugin "${driver}" not found`);
  const config = (request.ipam ?? []).filter((c) => c.Subnet || c.Gateway || c.IPRange);
  if (request.enableIPv6 && !config.some((c) => c.Subnet?.includes(':'))) throw systemError('could not find an available, non-overlapping IPv6 address pool among the defaults to assign to the network');
  let subnet: string;
  let gateway: string;
  let ipamConfig: NetworkRecord['ipamConfig'];
  const given = config[0];
  if (given?.Subnet) {
    const cidr = parseCidr(given.Subnet);
    if (!cidr || !/^\d+\.\d+\.\d+\.\d+\/\d+$/.test(given.Subnet)) throw invalidParameter(`Invalid subnet ${given.Subnet} : invalid CIDR address: ${given.Subnet}`);
    if (overlapsExisting(store, cidr)) throw systemError('Pool overlaps with other one on this address space');
    subnet = given.Subnet;
    // Without --gateway, IPAM hands the bridge the first free address of the pool, which is
    // the --ip-range's when there is one (ipamAllocateVersion's RequestAddress on the sub-pool).
    const range = given.IPRange ? parseCidr(given.IPRange) : undefined;
    const first = range ? Math.max(range.network, cidr.network + 1) : cidr.network + 1;
    gateway = given.Gateway ?? [24, 16, 8, 0].map((s) => (first >>> s) & 255).join('.');
    ipamConfig = [{ Subnet: given.Subnet, ...(given.Gateway ? { Gateway: given.Gateway } : {}), ...(given.IPRange ? { IPRange: given.IPRange } : {}) }];
  } else {
    ({ subnet, gateway } = allocateDefaultPool(store));
    ipamConfig = [{ Subnet: subnet, Gateway: gateway }];
  }
  const id = randomHex(node, 32);
  const options = { ...(request.options ?? {}) };
  const network: NetworkRecord = {
    id,
    name: request.name,
    driver: 'bridge',
    created: createdNow(node),
    ipamConfig,
    ipamOptions: {},
    subnet,
    gateway,
    userSubnet: given?.Subnet !== undefined,
    bridge: options['com.docker.network.bridge.name'] ?? `br-${id.slice(0, 12)}`,
    internal: request.internal === true,
    attachable: request.attachable === true,
    labels: { ...(request.labels ?? {}) },
    options,
    endpoints: {},
  };
  store.networks[id] = network;
  ensureBridgeLink(node, network);
  logNetworkEvent(node, network, 'create');
  return { Id: id, Warning: '' };
}
