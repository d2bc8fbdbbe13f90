// What libnetwork keeps about dockerd's networks (its local-kv.db under /var/lib/docker/network/
// files on a real node), as plain saved data: each network with its IPAM pool and the endpoints
// of the containers on it, the default-pool rotation, the last ephemeral port handed out, and
// each container's sandbox (its SandboxID stays after the container stops, as inspect shows).
//
//   dockerd.network
//   ├── networks    id (64 hex) → NetworkRecord { name, driver, ipam, bridge, endpoints{containerId → …} }
//   ├── sandboxes   container id → { id (64 hex or ""), attached networks with their aliases and --ip }
//   ├── poolIndex   where the next default pool is looked for (ipam.ts: libnetwork rotates)
//   └── lastPort    the last ephemeral host port given (portallocator: it goes on from there)

import { intIn, isoTime, port, recordOf, shape, v, keyedBy } from '../../schema/kit';

const id64 = v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/));
const ipv4 = v.pipe(v.string(), v.regex(/^\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}$/));
const stringMap = recordOf(v.pipe(v.string(), v.maxLength(4096)), v.string());

const PortBindingSchema = shape({
  /** "80/tcp": the container's port and protocol, as the Ports map keys it. */
  containerPort: v.string(),
  /** "0.0.0.0", "::" or the address given with -p IP:port:port. */
  hostIp: v.string(),
  hostPort: port,
});

const EndpointSchema = shape({
  /** The endpoint's id (64 hex), as inspect's EndpointID shows it. */
  id: id64,
  /** The container's name when it joined (network inspect's Containers.*.Name). */
  name: v.string(),
  ip: ipv4,
  mac: v.string(),
  /** --network-alias and, on a user-defined network, the short id (DNS names besides the name). */
  aliases: v.array(v.string()),
  /** --ip given at connect/run (IPAMConfig.IPv4Address); absent when IPAM chose. */
  requestedIp: v.optional(ipv4),
  /** Published ports (only on the network that programs them, the first bridge). */
  ports: v.array(PortBindingSchema),
  /** The host end of the veth pair on the bridge (veth<7 hex>), and the namespace of the other end. */
  hostVeth: v.string(),
  netns: v.string(),
  /** The container-side interface (eth0, eth1…). */
  ifName: v.string(),
});

const NetworkRecordSchema = shape({
  id: id64,
  name: v.pipe(v.string(), v.minLength(1)),
  driver: v.picklist(['bridge', 'host', 'null']),
  created: isoTime,
  /** IPAM.Config as inspect shows it: what the user gave, or the pool the default IPAM chose. */
  ipamConfig: v.array(shape({ Subnet: v.string(), Gateway: v.optional(v.string()), IPRange: v.optional(v.string()) })),
  /** IPAM.Options: null for the predefined networks, {} for the ones `network create` made. */
  ipamOptions: v.nullable(stringMap),
  /** The effective subnet and gateway (a bridge's gateway is on the bridge even when not given). */
  subnet: v.optional(v.string()),
  gateway: v.optional(ipv4),
  /** True when the user gave --subnet (only then may a container ask for --ip). */
  userSubnet: v.boolean(),
  /** The Linux bridge (docker0, br-<id[:12]>, or com.docker.network.bridge.name). */
  bridge: v.optional(v.string()),
  internal: v.boolean(),
  attachable: v.boolean(),
  labels: stringMap,
  options: stringMap,
  endpoints: recordOf(id64, EndpointSchema),
});

/** A container's network attachments (kept while it is stopped) and its sandbox id once it ran. */
const SandboxSchema = shape({
  /** SandboxID (64 hex) from its first start on; "" before. */
  id: v.union([v.literal(''), id64]),
  /**
   * Network id → what the container asked for on it (--network-alias, --ip), in the order joined;
   * `connected` when `network connect` added it (inspect then shows IPAMConfig and DriverOpts as
   * {} and Aliases as [], the CLI's empty request, where --network at create leaves null);
   * `unjoined` while a container connected when not running has not started since (no NetworkID yet).
   */
  attached: recordOf(id64, shape({ aliases: v.array(v.string()), ipv4: v.optional(ipv4), connected: v.optional(v.boolean()), unjoined: v.optional(v.boolean()) })),
  /** The next ethN the running sandbox gives (osl's nextIfIndex: counts up, never reuses a freed name; 0 at each start). */
  nextIf: v.optional(intIn(0, 10_000)),
});

export const NetworkStoreSchema = shape({
  networks: keyedBy('id', id64, NetworkRecordSchema),
  sandboxes: recordOf(id64, SandboxSchema),
  poolIndex: intIn(0, 1_000),
  lastPort: intIn(0, 65_535),
});

export type SandboxRecord = v.InferOutput<typeof SandboxSchema>;
export type PortBinding = v.InferOutput<typeof PortBindingSchema>;
export type EndpointRecord = v.InferOutput<typeof EndpointSchema>;
export type NetworkRecord = v.InferOutput<typeof NetworkRecordSchema>;
export type NetworkStore = v.InferOutput<typeof NetworkStoreSchema>;
