// Where a TCP connection from one network namespace to ip:port ends up, following what the
// kernel would do on node1: loopback stays in the namespace; an address of the namespace's
// own links is delivered locally; in the node's namespace a published port (the portmap
// plugin's DNAT, PREROUTING and OUTPUT for local destinations, 127.0.0.1 included since
// portmap sets route_localnet) is rewritten to the container's address first; a connected
// subnet is looked up on the link (a bridge: the container behind one of its ports); anything
// else follows the default route: from a container to the node (which forwards it), from the
// node out of eth0 to a world that never answers (the node is offline).
//
// The address the server sees is the source after NAT: the caller's own address on the
// outgoing link, or the bridge's address when portmap masqueraded it (from 127.0.0.1, and
// hairpin connections from the bridge's own subnet: portmap's SETMARK rules).

import { whoListens, type Listener } from './listeners';
import { inSubnet, ipToInt, isLoopback, maskOf, parseCidr } from './ip-address';
import { hasCarrier, peerOf } from './links';
import { networkView } from './overlays';
import { emptyNetns, HOST_NETNS, type LinkRecord, type NetnsRecord, type NetworkState } from './network-state';
import type { ConnectFailure } from './http-types';
import type { Node } from '../../node';

export type ConnectResult =
  | { kind: 'connected'; listener: Listener; serverNetns: string; serverIp: string; clientIp: string }
  | { kind: 'failed'; failure: ConnectFailure };

const failed = (failure: ConnectFailure): ConnectResult => ({ kind: 'failed', failure });

/**
 * A namespace as it is now: the stored one, or for a namespace the network never touched (a
 * task started without CNI) what runc leaves: lo up, nothing else.
 */
export function viewNetns(net: NetworkState, path: string): NetnsRecord {
  const stored = net.namespaces[path];
  if (stored) return stored;
  const ns = emptyNetns();
  if (path.startsWith('/proc/')) {
    const lo = ns.links[0];
    if (lo) {
      lo.up = true;
      lo.addrs.push({ ip: '127.0.0.1', prefix: 8 });
    }
  }
  return ns;
}

/** The up link of `ns` that carries address `ip`. */
function ownerLink(ns: NetnsRecord, ip: string): LinkRecord | undefined {
  return ns.links.find((l) => l.up && l.addrs.some((a) => a.ip === ip));
}

/** The first up link whose connected subnet holds `ip`, with the source address it gives. */
function connectedLink(net: NetworkState, ns: NetnsRecord, ip: number): { link: LinkRecord; src: string } | undefined {
  for (const link of ns.links) {
    // A route without carrier ("linkdown") is still used: the kernel then fails to resolve the neighbour.
    if (!link.up || link.kind === 'loopback') continue;
    for (const a of link.addrs) {
      const base = (ipToInt(a.ip) & maskOf(a.prefix)) >>> 0;
      if (inSubnet(ip, { network: base, prefix: a.prefix })) return { link, src: a.ip };
    }
  }
  return undefined;
}

/** The default route's link and its source address (the link's first address). */
function defaultRoute(net: NetworkState, ns: NetnsRecord): { link: LinkRecord; src: string; via?: string } | undefined {
  const route = ns.routes.find((r) => r.dst === 'default' || r.dst === '0.0.0.0/0');
  const link = route && ns.links.find((l) => l.name === route.dev);
  if (!route || !link || !link.up || !hasCarrier(net, ns, link)) return undefined;
  return { link, src: link.addrs[0]?.ip ?? '0.0.0.0', via: route.via };
}

/** The container namespace behind a port of bridge `bridge` that has address `ip`. */
function behindBridge(net: NetworkState, host: NetnsRecord, bridge: LinkRecord, ip: string): string | undefined {
  for (const port of host.links) {
    if (port.master !== bridge.name || port.kind !== 'veth') continue;
    const peer = peerOf(net, port);
    if (peer && peer.link.up && peer.link.addrs.some((a) => a.ip === ip)) return peer.netns;
  }
  return undefined;
}

/** The bridge whose subnet holds `ip` (the masquerade address portmap gives a DNAT'd connection). */
function bridgeAddressFor(net: NetworkState, ip: string): string | undefined {
  const host = net.namespaces[HOST_NETNS];
  const n = ipToInt(ip);
  for (const link of host?.links ?? []) {
    if (link.kind !== 'bridge') continue;
    for (const a of link.addrs) {
      const cidr = parseCidr(`${a.ip}/${a.prefix}`);
      if (cidr && inSubnet(n, cidr)) return a.ip;
    }
  }
  return undefined;
}

/** portmap's DNAT for a connection to the node's ip:port (hostIP "" matches every local address). */
function publishedTo(net: NetworkState, ip: string, port: number): { containerIP: string; containerPort: number } | undefined {
  return net.portMappings.find((m) => m.protocol === 'tcp' && m.hostPort === port && (m.hostIP === '' || m.hostIP === '0.0.0.0' || m.hostIP === ip));
}

function accept(node: Node, netns: string, ip: string, port: number, clientIp: string): ConnectResult {
  const listener = whoListens(node, netns, ip, port);
  return listener ? { kind: 'connected', listener, serverNetns: netns, serverIp: ip, clientIp } : failed('refused');
}

/**
 * Connects from namespace `fromNetns` to IPv4 `ip`:`port` over TCP. `ip` must be a dotted quad
 * (resolve names first, resolve.ts).
 */
export function connectTcp(node: Node, fromNetns: string, ip: string, port: number): ConnectResult {
  const net = networkView(node);
  return step(node, net, fromNetns, ip, port, undefined, 0);
}

function step(node: Node, net: NetworkState, at: string, ip: string, port: number, client: string | undefined, hops: number): ConnectResult {
  if (hops > 4) return failed('timeout');
  const ns = viewNetns(net, at);
  const n = ipToInt(ip);
  if (Number.isNaN(n)) return failed('bad-address');
  const isHost = at === HOST_NETNS;
  if (isLoopback(n)) {
    const lo = ns.links.find((l) => l.kind === 'loopback');
    if (!lo?.up) return failed('network-unreachable');
    if (isHost) {
      const dnat = publishedTo(net, ip, port);
      if (dnat) return step(node, net, HOST_NETNS, dnat.containerIP, dnat.containerPort, bridgeAddressFor(net, dnat.containerIP), hops + 1);
    }
    return accept(node, at, ip, port, client ?? ip);
  }
  if (ownerLink(ns, ip)) {
    if (isHost) {
      const dnat = publishedTo(net, ip, port);
      if (dnat) {
        // Hairpin: a container reaching its own node's published port is masqueraded too.
        const source = client !== undefined && bridgeAddressFor(net, client) !== undefined ? bridgeAddressFor(net, dnat.containerIP) : (client ?? ip);
        return step(node, net, HOST_NETNS, dnat.containerIP, dnat.containerPort, source, hops + 1);
      }
    }
    return accept(node, at, ip, port, client ?? ip);
  }
  const connected = connectedLink(net, ns, n);
  if (connected && !hasCarrier(net, ns, connected.link)) return failed('unreachable');
  if (connected) {
    const source = client ?? connected.src;
    if (connected.link.kind === 'bridge') {
      const target = behindBridge(net, ns, connected.link, ip);
      return target ? accept(node, target, ip, port, source) : failed('unreachable');
    }
    if (connected.link.kind === 'veth') {
      // A container's eth0: the segment is its bridge in the node's namespace.
      const peer = peerOf(net, connected.link);
      const bridge = peer && viewNetns(net, peer.netns).links.find((l) => l.name === peer.link.master);
      if (!peer || !bridge) return failed('unreachable');
      if (bridge.addrs.some((a) => a.ip === ip)) return step(node, net, peer.netns, ip, port, source, hops + 1);
      const target = behindBridge(net, viewNetns(net, peer.netns), bridge, ip);
      return target ? accept(node, target, ip, port, source) : failed('unreachable');
    }
    // node1's LAN: nobody else is on it in the simulation.
    return failed('unreachable');
  }
  const route = defaultRoute(net, ns);
  if (!route) return failed('network-unreachable');
  const source = client ?? route.src;
  if (route.link.kind === 'veth') {
    const peer = peerOf(net, route.link);
    if (!peer) return failed('unreachable');
    // The gateway (the bridge on the node) routes it on from the node's namespace.
    return step(node, net, peer.netns, ip, port, source, hops + 1);
  }
  return failed('timeout');
}

/** Every IPv4 address of the node's own namespace (what `hostname -I` prints, lo aside). */
export function nodeAddresses(node: Node): string[] {
  const ns = viewNetns(networkView(node), HOST_NETNS);
  return ns.links.filter((l) => l.kind !== 'loopback' && l.up).flatMap((l) => l.addrs.map((a) => a.ip));
}
