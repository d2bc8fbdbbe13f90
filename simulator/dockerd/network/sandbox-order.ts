// The order libnetwork keeps a sandbox's endpoints in (libnetwork sandbox.go addEndpoint: a
// list kept sorted by the endpoints' Less, inserted with sort.Search). Two things a learner
// sees follow from it:
//
//   defaultRouteNetwork(networks) → the network whose gateway the default route uses
//     (getGatewayEndpoint takes the list's first endpoint with a gateway: internal networks
//     after the others, then by network name; "bridge" beats "mynet", so a container on mynet
//     that is connected to bridge sends its default route out through bridge).
//   interfaceNames(networks) → eth0, eth1… for the networks a starting container joins: the
//     namespace is populated from the sorted list (SetKey), not in join order, so after a
//     restart on bridge and anet, anet is eth0 though bridge joined first and comes first in
//     `ip a` (a real 20.10.24 did so). A running container's later connects take the next name.

interface Ordered {
  name: string;
  internal: boolean;
}

function compare(a: Ordered, b: Ordered): number {
  if (a.internal !== b.internal) return a.internal ? 1 : -1;
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

/** The first network of the sorted list, or undefined for none. */
export function defaultRouteNetwork<T extends Ordered>(networks: readonly T[]): T | undefined {
  return [...networks].sort(compare)[0];
}

/** Network name → its interface name for a container starting on `joined`. */
export function interfaceNames(joined: readonly Ordered[]): Map<string, string> {
  return new Map([...joined].sort(compare).map((n, i) => [n.name, `eth${i}`]));
}
