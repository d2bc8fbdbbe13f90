// Links of a network namespace as netlink changes them: adding one takes the namespace's next
// ifindex, deleting a veth end deletes its peer (the kernel destroys both), and a namespace
// that goes away takes its links with it. A bridge has a carrier while one of its ports is
// up with its peer up (what `ip link` shows as LOWER_UP, `NO-CARRIER` otherwise).

import { emptyNetns, HOST_NETNS, type LinkRecord, type NetnsRecord, type NetworkState } from './network-state';

/** The namespace at `path`, made empty (lo only) if it is not known yet. */
export function ensureNetns(net: NetworkState, path: string): NetnsRecord {
  let ns = net.namespaces[path];
  if (!ns) {
    ns = emptyNetns();
    // runc brings lo up in a namespace it creates itself (specconv adds the "loopback"
    // network for a new netns); a pre-made one (ip netns add, the CRI's cni-<uuid>) keeps
    // it down until the loopback CNI plugin runs.
    if (path.startsWith('/proc/')) upLoopback(ns);
    net.namespaces[path] = ns;
  }
  return ns;
}

/** lo up with 127.0.0.1/8, as the loopback plugin and runc leave it. */
export function upLoopback(ns: NetnsRecord): void {
  const lo = ns.links.find((l) => l.kind === 'loopback');
  if (!lo) return;
  lo.up = true;
  if (!lo.addrs.some((a) => a.ip === '127.0.0.1')) lo.addrs.push({ ip: '127.0.0.1', prefix: 8 });
}

export function findLink(ns: NetnsRecord | undefined, name: string): LinkRecord | undefined {
  return ns?.links.find((l) => l.name === name);
}

/** Adds a link with the namespace's next ifindex; returns it. */
export function addLink(ns: NetnsRecord, link: Omit<LinkRecord, 'index'>): LinkRecord {
  const added: LinkRecord = { index: ns.nextIndex, ...link };
  ns.nextIndex += 1;
  ns.links.push(added);
  return added;
}

/** Deletes link `name` of namespace `path` and, for a veth, its peer; routes through them go too. */
export function deleteLink(net: NetworkState, path: string, name: string): void {
  const ns = net.namespaces[path];
  const link = findLink(ns, name);
  if (!ns || !link) return;
  removeFrom(ns, link);
  if (link.peer) {
    const other = net.namespaces[link.peer.netns];
    const peer = other?.links.find((l) => l.index === link.peer?.index);
    if (other && peer) removeFrom(other, peer);
  }
}

function removeFrom(ns: NetnsRecord, link: LinkRecord): void {
  ns.links = ns.links.filter((l) => l !== link);
  ns.routes = ns.routes.filter((r) => r.dev !== link.name);
}

/**
 * Removes namespace `path` (its last process ended, or `ip netns delete`): its veths' host ends
 * go with it. The node's own namespace is never removed.
 */
export function removeNetns(net: NetworkState, path: string): void {
  if (path === HOST_NETNS) return;
  const ns = net.namespaces[path];
  if (!ns) return;
  for (const link of [...ns.links]) if (link.peer) deleteLink(net, path, link.name);
  delete net.namespaces[path];
}

/** The peer of a veth end, with its namespace's path. */
export function peerOf(net: NetworkState, link: LinkRecord): { netns: string; link: LinkRecord } | undefined {
  if (!link.peer) return undefined;
  const other = net.namespaces[link.peer.netns]?.links.find((l) => l.index === link.peer?.index);
  return other ? { netns: link.peer.netns, link: other } : undefined;
}

/** True when the link has a carrier (LOWER_UP): lo and eth0 while up, a veth while both ends are up, a bridge while a port has one. */
export function hasCarrier(net: NetworkState, ns: NetnsRecord, link: LinkRecord): boolean {
  if (!link.up) return false;
  if (link.kind === 'veth') return peerOf(net, link)?.link.up === true;
  if (link.kind === 'bridge') return ns.links.some((l) => l.master === link.name && l.kind === 'veth' && hasCarrier(net, ns, l));
  return true;
}
