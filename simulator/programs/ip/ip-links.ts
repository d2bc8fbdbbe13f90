// busybox ip's text for links and their addresses (networking/libiproute/ipaddress.c
// print_linkinfo, print_addrinfo), as the Debian busybox 1.35 of the test images prints it in a
// docker container: no `state`, `group` or `mode` words (that build knows no IFLA_OPERSTATE),
// `qlen N` only for a link with a tx queue (veths have none), and `NAME@PEER` for a veth whose
// PEER is the ifindex of its other end looked up among this namespace's own links: not found, it
// reads `@ifN` and the flags end in `M-DOWN`. Flags busybox has no word for are appended in
// hex (PROMISC: `100`). Trailing blanks are busybox's own ("qdisc noqueue ", "scope link ").

import { broadcastOf, intToIp, linkLocalOf, parseCidr } from '../../host/network/ip-address';
import { hasCarrier, type LinkRecord, type NetnsRecord, type NetworkState } from '../../host/network/index';

export interface IpView {
  net: NetworkState;
  ns: NetnsRecord;
}

/** Address family filter: ip -4 / -6 / -0 (link) / none. */
export type Family = 'inet' | 'inet6' | 'link' | undefined;

const IFF_PROMISC = 0x100;
export const LIFETIME = '       valid_lft forever preferred_lft forever';

function flagText(v: IpView, link: LinkRecord, mDown: boolean): string {
  const carrier = hasCarrier(v.net, v.ns, link);
  const words: string[] = [];
  if (link.up && !carrier) words.push('NO-CARRIER');
  const named: string[] = [];
  if (link.kind === 'loopback') named.push('LOOPBACK');
  else named.push('BROADCAST', 'MULTICAST');
  if (link.up) named.push('UP');
  if (link.up && carrier) named.push('LOWER_UP');
  let text = [...words, ...named].join(',');
  // print_flags_separated leaves the flags it has no label for; busybox prints them as hex.
  if (link.promisc) text += IFF_PROMISC.toString(16);
  if (mDown) text += ',M-DOWN';
  return text;
}

/** `@peer` and whether M-DOWN follows, from IFLA_LINK (a veth's peer ifindex) read in this namespace. */
function peerPart(v: IpView, link: LinkRecord): { at: string; mDown: boolean } {
  if (!link.peer) return { at: '', mDown: false };
  const local = v.ns.links.find((l) => l.index === link.peer?.index);
  return { at: `@${local ? local.name : `if${link.peer.index}`}`, mDown: !local?.up };
}

function qdisc(link: LinkRecord): string {
  if (!link.up) return 'noop';
  return link.kind === 'ether' ? 'fq_codel' : 'noqueue';
}

/** SIOCGIFTXQLEN: lo, NICs and bridges have 1000; the veths dockerd and CNI make have none. */
function qlen(link: LinkRecord): string {
  return link.kind === 'veth' ? '' : 'qlen 1000';
}

/**
 * The link's first line. With -6 the kernel answers the link dump from its IPv6 side, which
 * carries no qdisc (recorded: `mtu 1500 qlen 1000`).
 */
export function headerLine(v: IpView, link: LinkRecord, family: Family): string {
  const { at, mDown } = peerPart(v, link);
  const q = family === 'inet6' ? '' : `qdisc ${qdisc(link)} `;
  const master = link.master ? `master ${link.master} ` : '';
  return `${link.index}: ${link.name}${at}: <${flagText(v, link, mDown)}> mtu ${link.mtu} ${q}${master}${qlen(link)}`;
}

export function linkLine(link: LinkRecord): string {
  if (link.kind === 'loopback') return '    link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00';
  return `    link/ether ${link.mac} brd ff:ff:ff:ff:ff:ff`;
}

export interface AddressLine {
  family: 'inet' | 'inet6';
  /** The address as `to PREFIX` matches it. */
  ip: string;
  /** "    inet …" up to its label; the lifetimes follow on the next line (or after `\` with -o). */
  text: string;
}

/** The link's addresses in the kernel's dump order: IPv4 as added, then IPv6 (none where the namespace has it off). */
export function addressesOf(v: IpView, link: LinkRecord): AddressLine[] {
  const out: AddressLine[] = [];
  for (const a of link.addrs) {
    const cidr = parseCidr(`${a.ip}/${a.prefix}`);
    const brd = link.kind === 'loopback' || !cidr || a.prefix >= 31 ? '' : `brd ${intToIp(broadcastOf(cidr))} `;
    const scope = a.ip.startsWith('127.') ? 'host' : 'global';
    out.push({ family: 'inet', ip: a.ip, text: `    inet ${a.ip}/${a.prefix} ${brd}scope ${scope} ${link.name}` });
  }
  if (v.ns.ipv6Disabled || !link.up) return out;
  if (link.kind === 'loopback') {
    if (link.addrs.length > 0) out.push({ family: 'inet6', ip: '::1', text: '    inet6 ::1/128 scope host ' });
  } else {
    const ll = linkLocalOf(link.mac);
    out.push({ family: 'inet6', ip: ll, text: `    inet6 ${ll}/64 scope link ` });
  }
  return out;
}
