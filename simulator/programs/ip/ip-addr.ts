// `ip addr` and `ip link` of busybox (ipaddress.c do_ipaddr, ipaddr_list_or_flush; iplink.c
// do_iplink): both list through the same code — `ip link` with the link family, so with no
// addresses — filtered by `[dev] NAME`, `up`, `label GLOB`, `scope S` and `to PREFIX`. With a
// family other than link only links holding a matching address are listed, and without their
// link/ line; `-o` folds each entry onto one line (`\` for the line break) and `ip -o addr`
// leaves the link lines out. Changes are refused as the kernel refuses them without
// CAP_NET_ADMIN (docker's and ctr's default capabilities); with it they are not simulated.

import { ipToInt } from '../../host/network/ip-address';
import type { LinkRecord } from '../../host/network/index';
import { duplicateArg, incomplete, indexInSubstrings, invalidArgument, IpExit, noDevice, parsePrefix, type Prefix, prefixMatches, RTNETLINK_EPERM, scopeNumber } from './ip-args';
// `label GLOB` is fnmatch(3) over the link's name: the shell's one glob-to-RegExp.
import { componentRegExp } from '../sh/sh-glob';
import { addressesOf, type AddressLine, type Family, headerLine, LIFETIME, linkLine, type IpView } from './ip-links';

export interface IpOptions {
  family: Family;
  oneline: boolean;
  /** The process may change the network (CAP_NET_ADMIN): changes are then not simulated. */
  netAdmin: boolean;
}

interface ListFilter {
  dev?: string;
  up: boolean;
  label?: string;
  scope?: number;
  to?: Prefix;
}

function parseFilter(args: readonly string[], code: number): { filter: ListFilter; family?: Family } {
  const filter: ListFilter = { up: false };
  let family: Family;
  for (let i = 0; i < args.length; i++) {
    const word = args[i] ?? '';
    const next = () => {
      i++;
      if (i >= args.length) throw incomplete(code);
      return args[i] ?? '';
    };
    // index_in_strings: these keywords match whole words only.
    if (word === 'to') {
      filter.to = parsePrefix(next(), code);
      if (filter.to.network !== undefined) family = 'inet';
    } else if (word === 'scope') {
      const arg = next();
      const scope = scopeNumber(arg);
      if (scope === undefined && arg !== 'all') throw invalidArgument(arg, 'scope', code);
      filter.scope = scope;
    } else if (word === 'up') filter.up = true;
    else if (word === 'label') filter.label = next();
    else {
      const name = word === 'dev' ? next() : word;
      if (filter.dev !== undefined) throw duplicateArg('dev', name, code);
      filter.dev = name;
    }
  }
  return { filter, ...(family ? { family } : {}) };
}

function addressScope(a: AddressLine): number {
  if (a.family === 'inet') return a.ip.startsWith('127.') ? 254 : 0;
  return a.ip === '::1' ? 254 : 253;
}

function addressPasses(a: AddressLine, link: LinkRecord, f: ListFilter, family: Family): boolean {
  if (family && family !== 'link' && a.family !== family) return false;
  if (f.scope !== undefined && addressScope(a) !== f.scope) return false;
  if (f.label !== undefined && !componentRegExp(f.label).test(link.name)) return false;
  if (f.to?.network !== undefined && (a.family !== 'inet' || !prefixMatches(ipToInt(a.ip), f.to.network, f.to.bits))) return false;
  return true;
}

/** The listing itself (ipaddr_list_or_flush without flush). */
function list(v: IpView, f: ListFilter, family: Family, oneline: boolean, code: number): string {
  const links = [...v.ns.links].sort((a, b) => a.index - b.index);
  if (f.dev !== undefined && !links.some((l) => l.name === f.dev)) throw noDevice(f.dev, code);
  const sep = oneline ? '\\' : '\n';
  let out = '';
  for (const link of links) {
    if (f.dev !== undefined && link.name !== f.dev) continue;
    const addrs = family === 'link' ? [] : addressesOf(v, link).filter((a) => addressPasses(a, link, f, family));
    // With an address family, a link without such an address is left out altogether.
    if (family && family !== 'link' && addrs.length === 0) continue;
    const linkShown = !f.up || link.up;
    const labelOk = f.label === undefined || (family !== undefined && family !== 'link') || componentRegExp(f.label).test(link.name);
    if (!(oneline && family !== 'link') && linkShown && labelOk) {
      out += headerLine(v, link, family);
      if (!family || family === 'link') out += `${sep}${linkLine(link)}`;
      out += '\n';
    }
    for (const a of addrs) out += `${oneline ? `${link.index}: ${link.name}` : ''}${a.text}${sep}${LIFETIME}\n`;
  }
  return out;
}

const ADDR_COMMANDS = ['add', 'change', 'chg', 'replace', 'delete', 'list', 'show', 'lst', 'flush'];

/** `ip addr …`: stdout on success, IpExit otherwise. */
export function ipAddr(v: IpView, args: readonly string[], o: IpOptions): string {
  let cmd = 6;
  let rest = args;
  if (args[0] !== undefined) {
    cmd = indexInSubstrings(ADDR_COMMANDS, args[0]);
    if (cmd < 0) throw invalidArgument(args[0], 'ip', 1);
    rest = args.slice(1);
  }
  if (cmd <= 4) return modifyAddress(v, rest, o);
  const parsed = parseFilter(rest, 1);
  const family = o.family ?? parsed.family;
  if (cmd === 8) return flush(v, parsed.filter, family, rest, o);
  return list(v, parsed.filter, family, o.oneline, 1);
}

function flush(v: IpView, f: ListFilter, family: Family, args: readonly string[], o: IpOptions): string {
  if (args.length === 0) throw new IpExit('flush requires an argument', 1);
  if (family === 'link') throw new IpExit("can't flush link addresses", 1);
  if (f.dev !== undefined && !v.ns.links.some((l) => l.name === f.dev)) throw noDevice(f.dev, 1);
  const doomed = v.ns.links.filter((l) => f.dev === undefined || l.name === f.dev).flatMap((l) => addressesOf(v, l).filter((a) => addressPasses(a, l, f, family)));
  if (doomed.length === 0) return '';
  if (o.netAdmin) throw new IpExit('ip addr flush: changing addresses is not simulated here', 1);
  throw new IpExit("can't send flush request: Operation not permitted", 1);
}

/** ipaddr_modify: the arguments are read (a device is required and must exist), then the kernel refuses. */
function modifyAddress(v: IpView, args: readonly string[], o: IpOptions): string {
  const dev = args.findIndex((a) => a === 'dev');
  if (dev < 0) throw new IpExit('need "dev IFACE"', 1);
  const name = args[dev + 1];
  if (name === undefined) throw incomplete(1);
  if (!v.ns.links.some((l) => l.name === name)) throw noDevice(name, 1);
  if (o.netAdmin) throw new IpExit('ip addr: changing addresses is not simulated here', 1);
  throw new IpExit(RTNETLINK_EPERM, 2);
}

const LINK_COMMANDS = ['add', 'delete', 'list', 'show', 'lst', 'set'];

/** The ioctl `ip link set` uses for each setting (SIOCSIF…), in the order busybox applies them. */
const SET_IOCTLS: Record<string, string> = { up: 'SIOCSIFFLAGS', down: 'SIOCSIFFLAGS', arp: 'SIOCSIFFLAGS', multicast: 'SIOCSIFFLAGS', promisc: 'SIOCSIFFLAGS', allmulticast: 'SIOCSIFFLAGS', mtu: 'SIOCSIFMTU', qlen: 'SIOCSIFTXQLEN', address: 'SIOCSIFHWADDR', name: 'SIOCSIFNAME' };

/** `ip link …` (iplink.c: its failures exit 2). */
export function ipLink(v: IpView, args: readonly string[], o: IpOptions): string {
  let rest = args;
  if (args[0] !== undefined) {
    const key = indexInSubstrings(LINK_COMMANDS, args[0]);
    if (key < 0) throw invalidArgument(args[0], 'ip', 2);
    rest = args.slice(1);
    if (key <= 1) {
      if (o.netAdmin) throw new IpExit('ip link: adding and deleting links is not simulated here', 2);
      throw new IpExit(RTNETLINK_EPERM, 2);
    }
    if (key === 5) return setLink(v, rest, o);
  }
  return list(v, parseFilter(rest, 2).filter, 'link', o.oneline, 2);
}

function setLink(v: IpView, args: readonly string[], o: IpOptions): string {
  let dev: string | undefined;
  let ioctl: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const word = args[i] ?? '';
    if (word === 'dev') {
      dev = args[++i];
      continue;
    }
    const setting = SET_IOCTLS[word];
    if (setting) {
      ioctl ??= setting;
      if (word !== 'up' && word !== 'down') i++;
    } else if (word === 'master' || word === 'nomaster' || word === 'netns') {
      ioctl ??= 'RTNETLINK';
      if (word !== 'nomaster') i++;
    } else dev ??= word;
  }
  if (dev === undefined) throw new IpExit('"dev" requires an argument', 2);
  if (!v.ns.links.some((l) => l.name === dev)) throw new IpExit('SIOCGIFFLAGS: No such device', 2);
  if (ioctl === undefined) return '';
  if (o.netAdmin) throw new IpExit('ip link set: changing links is not simulated here', 2);
  throw new IpExit(ioctl === 'RTNETLINK' ? RTNETLINK_EPERM : `${ioctl}: Operation not permitted`, 2);
}
