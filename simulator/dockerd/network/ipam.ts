// libnetwork's default IPAM (libnetwork/ipam/allocator.go and ipamutils, Docker 20.10): pools for
// networks and addresses within them. Without --subnet a network gets the next default pool —
// 172.17.0.0/16 … 172.31.0.0/16, then 192.168.0.0/20 … 192.168.240.0/20 — that overlaps no other
// network; the search starts after the last pool handed out and wraps around (a real 20.10.24
// gave 172.18, 172.19, 172.20, then 172.21 after 172.18 was removed), which
// store.poolIndex keeps. Addresses: the lowest free one of the subnet, the network address,
// the broadcast address and the gateway excluded (a released one is given again next).

import { broadcastOf, inSubnet, intToIp, ipToInt, parseCidr, type Cidr } from '../../host/network/ip-address';
import { invalidParameter, systemError } from '../errors';
import type { NetworkRecord, NetworkStore } from './network-record';

/** ipamutils.PredefinedLocalScopeDefaultNetworks: 172.17-31/16, then 192.168.0.0/16 in /20s. */
const DEFAULT_POOLS: readonly string[] = [
  ...Array.from({ length: 15 }, (_, i) => `172.${17 + i}.0.0/16`),
  ...Array.from({ length: 16 }, (_, i) => `192.168.${i * 16}.0/20`),
];

function overlaps(a: Cidr, b: Cidr): boolean {
  const prefix = Math.min(a.prefix, b.prefix);
  const mask = prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
  return ((a.network & mask) >>> 0) === ((b.network & mask) >>> 0);
}

function subnetsInUse(store: NetworkStore): Cidr[] {
  return Object.values(store.networks).flatMap((n) => {
    const cidr = n.subnet ? parseCidr(n.subnet) : undefined;
    return cidr ? [cidr] : [];
  });
}

/** True when `subnet` overlaps the pool of a network already there (`Pool overlaps with other one on this address space`). */
export function overlapsExisting(store: NetworkStore, subnet: Cidr): boolean {
  return subnetsInUse(store).some((used) => overlaps(used, subnet));
}

/** The next free default pool, advancing the rotation; forbidden when every pool is taken. */
export function allocateDefaultPool(store: NetworkStore): { subnet: string; gateway: string } {
  const used = subnetsInUse(store);
  for (let step = 0; step < DEFAULT_POOLS.length; step++) {
    const index = (store.poolIndex + step) % DEFAULT_POOLS.length;
    const text = DEFAULT_POOLS[index] ?? '';
    const cidr = parseCidr(text);
    if (!cidr || used.some((u) => overlaps(u, cidr))) continue;
    store.poolIndex = (index + 1) % DEFAULT_POOLS.length;
    return { subnet: text, gateway: intToIp(cidr.network + 1) };
  }
  throw systemError('could not find an available, non-overlapping IPv4 address pool among the defaults to assign to the network');
}

/** The addresses the network's IPAM has handed out: the gateway and every endpoint's. */
function inUse(network: NetworkRecord): Set<number> {
  const taken = new Set<number>();
  if (network.gateway) taken.add(ipToInt(network.gateway));
  for (const ep of Object.values(network.endpoints)) taken.add(ipToInt(ep.ip));
  return taken;
}

/**
 * An address for a new endpoint: `requested` (--ip) when the user configured the subnet, else
 * the lowest free one. invalidParameter when --ip is not allowed, taken or outside the subnet.
 */
export function allocateAddress(network: NetworkRecord, requested?: string): string {
  const cidr = network.subnet ? parseCidr(network.subnet) : undefined;
  if (!cidr) throw invalidParameter(`network ${network.name} has no IPv4 address pool`);
  const taken = inUse(network);
  const last = broadcastOf(cidr);
  if (requested !== undefined) {
    if (!network.userSubnet) throw invalidParameter('user specified IP address is supported only when connecting to networks with user configured subnets');
    const n = ipToInt(requested);
    // endpoint.go assignAddressVersion: an address outside every pool of the network; inside,
    // the allocator's bitmask has the network and broadcast ordinals set from the start.
    if (Number.isNaN(n) || !inSubnet(n, cidr)) throw invalidParameter(`Invalid address ${requested}: It does not belong to any of this network's subnets`);
    if (taken.has(n) || n === cidr.network || n === last) throw invalidParameter('Address already in use');
    return requested;
  }
  // --ip-range is libnetwork's sub-pool: the search runs over its addresses only (its own first
  // one included), still never the subnet's network or broadcast address.
  const range = network.ipamConfig[0]?.IPRange ? parseCidr(network.ipamConfig[0].IPRange) : undefined;
  const from = range ? Math.max(range.network, cidr.network + 1) : cidr.network + 1;
  const to = range ? Math.min(broadcastOf(range), last - 1) : last - 1;
  for (let n = from; n <= to; n++) if (!taken.has(n)) return intToIp(n);
  throw invalidParameter(`no available IPv4 addresses on this network's address pools: ${network.name} (${network.id})`);
}
