// The Linux side of dockerd's bridge networks, made through the node's network (host/network),
// as libnetwork's bridge driver makes it (libnetwork/drivers/bridge): a bridge per network —
// docker0 for the default one, br-<id[:12]> for a user-defined one — up, with the gateway
// address and a random 02:42 MAC (netutils.GenerateMACFromIP is for endpoints; the bridge
// gets a random one); for each endpoint a veth pair, the host end `veth<7 hex>` a port of the
// bridge, the other end moved into the container's namespace as eth0, eth1… with the
// endpoint's address and MAC (02:42 + the IPv4 address); the default route goes through the
// gateway sandbox-order.ts picks. The bridge stays after its last endpoint goes and is
// deleted with its network (network rm / prune).

import { HOST_NETNS, deleteLink, ensureNetns, type NetworkState } from '../../host/network/index';
import { addLink, findLink, upLoopback } from '../../host/network/links';
import { networkOf } from '../../host/network/network-state';
import { randomMac } from '../../host/network/ip-address';
import type { Node } from '../../node';
import { randomHex } from '../images/random-hex';
import type { NetworkRecord } from './network-record';

function prefixOf(subnet: string | undefined): number {
  return Number(subnet?.split('/')[1] ?? '16');
}

/** The endpoint MAC libnetwork derives from an IPv4 address (netutils.GenerateMACFromIP: 02:42 + the 4 bytes). */
export function macFromIp(ip: string): string {
  return ['02', '42', ...ip.split('.').map((b) => Number(b).toString(16).padStart(2, '0'))].join(':');
}

/** The network's bridge in the node's namespace, made (up, gateway address) when missing. */
export function ensureBridgeLink(node: Node, network: NetworkRecord): void {
  if (network.driver !== 'bridge' || !network.bridge) return;
  const net = networkOf(node.state.host);
  const host = ensureNetns(net, HOST_NETNS);
  let bridge = findLink(host, network.bridge);
  if (!bridge) {
    const mac = `02:42:${(randomHex(node, 4).match(/../g) ?? []).join(':')}`;
    bridge = addLink(host, { name: network.bridge, kind: 'bridge', mac, mtu: 1500, up: true, addrs: [] });
  }
  if (network.gateway && !bridge.addrs.some((a) => a.ip === network.gateway)) bridge.addrs.push({ ip: network.gateway, prefix: prefixOf(network.subnet) });
}

/** Deletes the network's bridge (and any veth port left on it). */
export function deleteBridgeLink(node: Node, network: NetworkRecord): void {
  if (!network.bridge) return;
  const net = networkOf(node.state.host);
  const host = net.namespaces[HOST_NETNS];
  for (const port of host?.links.filter((l) => l.master === network.bridge) ?? []) deleteLink(net, HOST_NETNS, port.name);
  deleteLink(net, HOST_NETNS, network.bridge);
}

/**
 * The sandbox's namespace as libnetwork sets it up before any endpoint joins: lo up, and IPv6
 * off (a 20.10 daemon's networks have none; `ip a` in a container shows no inet6 line, not
 * even ::1 on lo, also with --network none).
 */
export function prepareSandboxNetns(node: Node, path: string): void {
  const ns = ensureNetns(networkOf(node.state.host), path);
  upLoopback(ns);
  ns.ipv6Disabled = true;
}

export interface VethRequest {
  netns: string;
  ifName: string;
  ip: string;
  mac: string;
}

/** A veth pair for one endpoint; returns the host end's name. */
export function plugVeth(node: Node, network: NetworkRecord, request: VethRequest): string {
  ensureBridgeLink(node, network);
  const net: NetworkState = networkOf(node.state.host);
  const host = ensureNetns(net, HOST_NETNS);
  const sandbox = ensureNetns(net, request.netns);
  upLoopback(sandbox);
  let name = `veth${randomHex(node, 4).slice(0, 7)}`;
  while (findLink(host, name)) name = `veth${randomHex(node, 4).slice(0, 7)}`;
  const hostMac = randomMac((randomHex(node, 6).match(/../g) ?? []).map((h) => parseInt(h, 16)));
  const hostEnd = addLink(host, { name, kind: 'veth', mac: hostMac, mtu: 1500, up: true, addrs: [], master: network.bridge });
  const inner = addLink(sandbox, {
    name: request.ifName,
    kind: 'veth',
    mac: request.mac,
    mtu: 1500,
    up: true,
    addrs: [{ ip: request.ip, prefix: prefixOf(network.subnet) }],
    peer: { netns: HOST_NETNS, index: hostEnd.index },
  });
  hostEnd.peer = { netns: request.netns, index: inner.index };
  return name;
}

/** The sandbox's default route: through `via` on `dev`, or none (libnetwork replaces it as endpoints come and go). */
export function setDefaultRoute(node: Node, netns: string, route: { via: string; dev: string } | undefined): void {
  if (netns === HOST_NETNS) return;
  const sandbox = networkOf(node.state.host).namespaces[netns];
  if (!sandbox) return;
  sandbox.routes = sandbox.routes.filter((r) => r.dst !== 'default');
  if (route) sandbox.routes.push({ dst: 'default', via: route.via, dev: route.dev });
}

/** Removes one endpoint's veth pair (both ends go, as the kernel deletes a veth's peer). */
export function unplugVeth(node: Node, hostVeth: string): void {
  deleteLink(networkOf(node.state.host), HOST_NETNS, hostVeth);
}
