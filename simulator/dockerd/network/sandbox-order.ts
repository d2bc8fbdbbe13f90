// The order libnetwork keeps a sandbox's endpoints in (libnetwork sandbox.go: an epHeap, a
// container/heap of endpoints under epHeap.Less). Two things a learner sees follow from it:
//
//   defaultRouteNetwork(networks) → the network whose gateway the default route uses
//     (getGatewayEndpoint takes the heap's first endpoint with a gateway, the least one:
//     internal networks after the others, then by network name; "bridge" beats "mynet", so a
//     container on mynet that is connected to bridge sends its default route out through bridge).
//   interfaceNames(networks) → eth0, eth1… for the networks a starting container joins, in join
//     order: the namespace is populated from the heap's slice (SetKey), not the join order, so
//     after a restart on bridge and anet, anet is eth0 though bridge joined first (a real
//     20.10.24 did so). A running container's later connects take the next name instead.

interface Ordered {
  name: string;
  internal: boolean;
}

function less(a: Ordered, b: Ordered): boolean {
  if (a.internal !== b.internal) return b.internal;
  return a.name < b.name;
}

/** The least network by epHeap.Less, or undefined for none. */
export function defaultRouteNetwork<T extends Ordered>(networks: readonly T[]): T | undefined {
  return networks.reduce<T | undefined>((best, n) => (best === undefined || less(n, best) ? n : best), undefined);
}

/** The heap's slice after pushing `joined` one by one (container/heap Push: append, then sift up). */
function heapSlice<T extends Ordered>(joined: readonly T[]): T[] {
  const heap: T[] = [];
  for (const item of joined) {
    heap.push(item);
    let i = heap.length - 1;
    while (i > 0) {
      const parent = Math.floor((i - 1) / 2);
      const child = heap[i] as T;
      const up = heap[parent] as T;
      if (!less(child, up)) break;
      heap[i] = up;
      heap[parent] = child;
      i = parent;
    }
  }
  return heap;
}

/** Network name → its interface name for a container starting on `joined` (in join order). */
export function interfaceNames(joined: readonly Ordered[]): Map<string, string> {
  return new Map(heapSlice(joined).map((n, i) => [n.name, `eth${i}`]));
}
