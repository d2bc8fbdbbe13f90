// The node's network as plain data in the host state (host.network): network namespaces by
// path, each with its links (lo, eth0, bridges, veths) in ifindex order and its static routes,
// and the port mappings the CNI portmap plugin installed (iptables DNAT on a real node). What
// the kernel derives is derived here too: the connected routes of addresses, the IPv6
// link-local addresses, a bridge's carrier, and who listens where (listeners.ts, from the
// running tasks). Absent in a node saved before the network existed: the node's own
// namespace (lo, eth0) is then made on first use, the same as for a new node.
//
//   host.network
//   ├── namespaces/<netns path>        "/proc/1/ns/net" is the node's own
//   │   ├── links[]                     index, name, kind, mac, mtu, up, addrs, master, peer
//   │   ├── routes[]                    static routes (default via …); kernel ones are derived
//   │   └── nextIndex                   the next ifindex the namespace hands out
//   └── portMappings[]                  host IP:port/proto → container IP:port, by network and container

import { absolutePath, intIn, port, shape, v } from '../../schema/kit';

/** The node's own network namespace: PID 1's, where eth0, the bridges and the host ends of veths live. */
export const HOST_NETNS = '/proc/1/ns/net';

/** IFNAMSIZ-1 printable characters without '/', ':' or blanks (dev_valid_name). */
const linkName = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_.@-]{1,15}$/, 'an interface name'));
const ipv4 = v.pipe(v.string(), v.regex(/^\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}$/, 'an IPv4 address'));
const mac = v.pipe(v.string(), v.regex(/^[0-9a-f]{2}(?::[0-9a-f]{2}){5}$/, 'a MAC address'));

const AddressSchema = shape({ ip: ipv4, prefix: intIn(0, 32) });

const LinkSchema = shape({
  /** ifindex, unique within the namespace; fixed. */
  index: intIn(1, 1_000_000),
  name: linkName,
  kind: v.picklist(['loopback', 'ether', 'bridge', 'veth']),
  mac,
  mtu: intIn(68, 65_536),
  /** Administratively up (`ip link set up`). */
  up: v.boolean(),
  /** IPv4 addresses in the order they were added. */
  addrs: v.array(AddressSchema),
  /** The bridge this link is a port of (a veth's host end). */
  master: v.optional(linkName),
  /** The other end of a veth: its namespace and ifindex there. */
  peer: v.optional(shape({ netns: absolutePath, index: intIn(1, 1_000_000) })),
  /** Promiscuous mode (the bridge plugin's promiscMode). */
  promisc: v.optional(v.boolean()),
  /** Hairpin mode on a bridge port (the bridge plugin's hairpinMode). */
  hairpin: v.optional(v.boolean()),
});

const RouteSchema = shape({
  /** "default" or a CIDR. */
  dst: v.string(),
  via: v.optional(ipv4),
  dev: linkName,
  /** `proto` as `ip route` shows it when it is not boot (static). */
  proto: v.optional(v.picklist(['dhcp', 'static'])),
  metric: v.optional(intIn(0, 2 ** 31)),
});

const NetnsSchema = shape({
  links: v.array(LinkSchema),
  routes: v.array(RouteSchema),
  nextIndex: intIn(1, 1_000_000),
  /** net.ipv6.conf.all.disable_ipv6=1 here: no inet6 address on any link (dockerd's sandboxes). */
  ipv6Disabled: v.optional(v.boolean()),
});

const PortMappingSchema = shape({
  /** The CNI network (conflist name) whose portmap made it. */
  network: v.string(),
  containerId: v.string(),
  /** "" (every address of the node) or the host IP given with -p IP:port:port. */
  hostIP: v.union([v.literal(''), ipv4]),
  hostPort: port,
  protocol: v.picklist(['tcp', 'udp', 'sctp']),
  containerIP: ipv4,
  containerPort: port,
});

export const NetworkStateSchema = shape({
  namespaces: v.record(absolutePath, NetnsSchema),
  portMappings: v.array(PortMappingSchema),
});

type Address = v.InferOutput<typeof AddressSchema>;
export type LinkRecord = v.InferOutput<typeof LinkSchema>;
type RouteRecord = v.InferOutput<typeof RouteSchema>;
export type NetnsRecord = v.InferOutput<typeof NetnsSchema>;
export type PortMapping = v.InferOutput<typeof PortMappingSchema>;
export type NetworkState = v.InferOutput<typeof NetworkStateSchema>;

/** The node's LAN address: a private /24 as a VM on a host-only network has it (stable for every node). */
export const NODE_ADDRESS = { ip: '192.168.56.10', prefix: 24 } as const;
/** The LAN's router, the node's default gateway. */
export const NODE_GATEWAY = '192.168.56.1';
/** eth0's MAC: a fixed locally administered address (QEMU's 52:54:00 prefix), so `ip a` is stable. */
const NODE_MAC = '52:54:00:6b:3c:58';

/** A fresh namespace with only lo (down, as unshare(CLONE_NEWNET) leaves it). */
export function emptyNetns(): NetnsRecord {
  return { links: [{ index: 1, name: 'lo', kind: 'loopback', mac: '00:00:00:00:00:00', mtu: 65_536, up: false, addrs: [] }], routes: [], nextIndex: 2 };
}

/** The node's own namespace at boot: lo up, eth0 on the LAN with its default route. */
function hostNetns(): NetnsRecord {
  return {
    links: [
      { index: 1, name: 'lo', kind: 'loopback', mac: '00:00:00:00:00:00', mtu: 65_536, up: true, addrs: [{ ip: '127.0.0.1', prefix: 8 }] },
      { index: 2, name: 'eth0', kind: 'ether', mac: NODE_MAC, mtu: 1500, up: true, addrs: [{ ...NODE_ADDRESS }] },
    ],
    routes: [{ dst: 'default', via: NODE_GATEWAY, dev: 'eth0' }],
    nextIndex: 3,
  };
}

function initialNetworkState(): NetworkState {
  return { namespaces: { [HOST_NETNS]: hostNetns() }, portMappings: [] };
}

/** The host's network state, made on first use (a node saved before it existed has none). */
export function networkOf(host: { network?: NetworkState }): NetworkState {
  if (!host.network) host.network = initialNetworkState();
  if (!host.network.namespaces[HOST_NETNS]) host.network.namespaces[HOST_NETNS] = hostNetns();
  return host.network;
}

/** The same, without making anything: what a read-only view (ip addr on a fresh node) shows. */
export function peekNetwork(host: { network?: NetworkState }): NetworkState {
  return host.network ?? initialNetworkState();
}
