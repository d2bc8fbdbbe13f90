// iproute2 6.1's text for links, addresses and routes (ip/ipaddress.c print_linkinfo and
// print_addrinfo, ip/iproute.c print_route), as recorded on a bookworm node with a CNI bridge:
// one header line per link (flags, mtu, qdisc, master, state, group, qlen), its link/ line,
// then inet and inet6 lines each followed by their lifetimes. Trailing blanks are iproute2's
// own ("scope link ", "group default " before an absent qlen).

import { broadcastOf, hasCarrier, intToIp, linkLocalOf, parseCidr, type LinkRecord, type NetnsRecord, type NetworkState } from './ip-model';

export interface LinkView {
  net: NetworkState;
  ns: NetnsRecord;
  /** Peer namespaces' ids in the order the kernel assigned them (link-netnsid). */
  netnsIds: Map<string, number>;
}

function flags(view: LinkView, link: LinkRecord): string {
  const carrier = hasCarrier(view.net, view.ns, link);
  if (link.kind === 'loopback') return link.up ? 'LOOPBACK,UP,LOWER_UP' : 'LOOPBACK';
  const parts = ['BROADCAST', 'MULTICAST'];
  if (link.promisc) parts.push('PROMISC');
  if (link.up) parts.push('UP');
  if (link.up && carrier) parts.push('LOWER_UP');
  if (link.up && !carrier) parts.unshift('NO-CARRIER');
  return parts.join(',');
}

function state(view: LinkView, link: LinkRecord): string {
  if (!link.up) return 'DOWN';
  if (link.kind === 'loopback') return 'UNKNOWN';
  if (link.kind === 'veth' && !hasCarrier(view.net, view.ns, link)) return 'LOWERLAYERDOWN';
  return hasCarrier(view.net, view.ns, link) ? 'UP' : 'DOWN';
}

function qdisc(link: LinkRecord): string {
  if (!link.up) return 'noop';
  // systemd's sysctl default (net.core.default_qdisc = fq_codel) for a real NIC; virtual ones have none.
  return link.kind === 'ether' ? 'fq_codel' : 'noqueue';
}

/** The name as ip prints it: a veth shows its peer's ifindex (vethabc@if2). */
export function displayName(link: LinkRecord): string {
  return link.peer ? `${link.name}@if${link.peer.index}` : link.name;
}

/** "link-netns cni-…" for a named namespace (/var/run/netns), "link-netnsid N" otherwise. */
function peerNetns(view: LinkView, link: LinkRecord): string {
  if (!link.peer) return '';
  const named = /^\/(?:var\/)?run\/netns\/([^/]+)$/.exec(link.peer.netns);
  if (named) return ` link-netns ${named[1]}`;
  return ` link-netnsid ${view.netnsIds.get(link.peer.netns) ?? 0}`;
}

/** veths made by CNI over netlink have no tx queue length; lo, eth0 and bridges have 1000. */
function qlen(link: LinkRecord): string {
  return link.kind === 'veth' ? '' : 'qlen 1000';
}

export function headerLine(view: LinkView, link: LinkRecord, mode: boolean): string {
  const master = link.master ? `master ${link.master} ` : '';
  return `${link.index}: ${displayName(link)}: <${flags(view, link)}> mtu ${link.mtu} qdisc ${qdisc(link)} ${master}state ${state(view, link)} ${mode ? 'mode DEFAULT ' : ''}group default ${qlen(link)}`;
}

export function linkLine(view: LinkView, link: LinkRecord): string {
  if (link.kind === 'loopback') return '    link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00';
  return `    link/ether ${link.mac} brd ff:ff:ff:ff:ff:ff${peerNetns(view, link)}`;
}

const LIFETIME = '       valid_lft forever preferred_lft forever';

export function inetLines(link: LinkRecord): string[] {
  const out: string[] = [];
  for (const a of link.addrs) {
    const cidr = parseCidr(`${a.ip}/${a.prefix}`);
    const brd = link.kind === 'loopback' || !cidr ? '' : `brd ${intToIp(broadcastOf(cidr))} `;
    const scope = a.ip.startsWith('127.') ? 'host' : 'global';
    out.push(`    inet ${a.ip}/${a.prefix} ${brd}scope ${scope} ${link.name}`, LIFETIME);
  }
  return out;
}

export function inet6Lines(link: LinkRecord): string[] {
  if (!link.up) return [];
  if (link.kind === 'loopback') return link.addrs.length > 0 ? ['    inet6 ::1/128 scope host ', LIFETIME] : [];
  return [`    inet6 ${linkLocalOf(link.mac)}/64 scope link `, LIFETIME];
}

/** Peer namespace ids as the node's kernel numbers them: in the order its veths were made. */
export function netnsIdsOf(ns: NetnsRecord): Map<string, number> {
  const ids = new Map<string, number>();
  for (const link of ns.links) if (link.peer && !ids.has(link.peer.netns)) ids.set(link.peer.netns, ids.size);
  return ids;
}
