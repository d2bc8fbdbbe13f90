// What busybox ip's argument handling has in common (libbb index_in_substrings, the libiproute
// utils.c helpers): a command word matches by unique prefix, and a failure ends the applet with
// `ip: <message>` on stderr and the exit code the object's code path set (2 in `ip link`, 1
// elsewhere; RTNETLINK refusals return 2).

import { ipToInt, isIpv4, maskOf } from '../../host/network/ip-address';

/** The applet dies: its message (without `ip: `) and exit code. */
export class IpExit extends Error {
  constructor(
    message: string,
    readonly code: number,
  ) {
    super(message);
    this.name = 'IpExit';
  }
}

/**
 * index_in_substrings: the index of the word `key` names, an exact match first, else the only
 * word it is a prefix of; -1 when none or several.
 */
export function indexInSubstrings(words: readonly string[], key: string): number {
  if (key === '') return -1;
  const exact = words.indexOf(key);
  if (exact >= 0) return exact;
  const hits = words.map((w, i) => (w.startsWith(key) ? i : -1)).filter((i) => i >= 0);
  return hits.length === 1 ? (hits[0] ?? -1) : -1;
}

export const invalidArgument = (arg: string, to: string, code: number) => new IpExit(`invalid argument '${arg}' to '${to}'`, code);
export const incomplete = (code: number) => new IpExit('command line is not complete, try "help"', code);
export const duplicateArg = (key: string, arg: string, code: number) => new IpExit(`either "${key}" is duplicate, or "${arg}" is garbage`, code);
export const noDevice = (name: string, code: number) => new IpExit(`can't find device '${name}'`, code);
/** What the kernel answers a change from a process without CAP_NET_ADMIN. */
export const RTNETLINK_EPERM = 'RTNETLINK answers: Operation not permitted';

/** An IPv4 prefix as get_prefix reads it ("10.0.0.0/8", "10.1.2.3"; "default"/"any"/"all" match everything). */
export interface Prefix {
  /** Undefined for "default" and the like: no family, so no filter. */
  network?: number;
  bits: number;
}

export function parsePrefix(arg: string, code: number): Prefix {
  if (arg === 'default' || arg === 'any' || arg === 'all') return { bits: 0 };
  const [ip = '', len] = arg.split('/');
  const bits = len === undefined ? 32 : Number(len);
  if (!isIpv4(ip) || !Number.isInteger(bits) || bits < 0 || bits > 32 || (len !== undefined && !/^\d+$/.test(len))) {
    throw new IpExit(`an inet prefix is expected rather than "${arg}"`, code);
  }
  return { network: ipToInt(ip), bits };
}

/** inet_addr_match: the first `bits` bits of `ip` and `prefix` agree. */
export function prefixMatches(ip: number, network: number, bits: number): boolean {
  const mask = maskOf(bits);
  return ((ip & mask) >>> 0) === ((network & mask) >>> 0);
}

/** rtnl_rtscope_a2n: a scope name or number. */
export function scopeNumber(arg: string): number | undefined {
  const named: Record<string, number> = { global: 0, universe: 0, site: 200, link: 253, host: 254, nowhere: 255 };
  if (arg in named) return named[arg];
  return /^\d+$/.test(arg) && Number(arg) <= 255 ? Number(arg) : undefined;
}
