// The IPv4 subnet arithmetic of nerdctl's pkg/netutil/subnet (v0.22.2): CIDR parsing as
// net.ParseCIDR, Contains, the intersect test, the next subnet of the same size
// (nextSubnet/incByte) and the first and last address. Addresses are 32-bit numbers.

export interface Ipv4Net {
  /** The network address (host bits cleared), as a uint32. */
  ip: number;
  prefix: number;
}

export function parseIpv4(text: string): number | undefined {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text);
  if (!m) return undefined;
  const parts = m.slice(1).map(Number);
  if (parts.some((p) => p > 255)) return undefined;
  return (((parts[0] ?? 0) << 24) | ((parts[1] ?? 0) << 16) | ((parts[2] ?? 0) << 8) | (parts[3] ?? 0)) >>> 0;
}

export function formatIpv4(ip: number): string {
  return [ip >>> 24, (ip >>> 16) & 255, (ip >>> 8) & 255, ip & 255].join('.');
}

function mask(prefix: number): number {
  return prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
}

/** net.ParseCIDR: the address as typed and its network; undefined when it does not parse. */
export function parseCidr(text: string): { ip: number; net: Ipv4Net } | undefined {
  const slash = text.indexOf('/');
  if (slash < 0) return undefined;
  const ip = parseIpv4(text.slice(0, slash));
  const prefixText = text.slice(slash + 1);
  if (ip === undefined || !/^\d{1,2}$/.test(prefixText) || Number(prefixText) > 32) return undefined;
  const prefix = Number(prefixText);
  return { ip, net: { ip: (ip & mask(prefix)) >>> 0, prefix } };
}

export function cidrString(n: Ipv4Net): string {
  return `${formatIpv4(n.ip)}/${n.prefix}`;
}

export function contains(n: Ipv4Net, ip: number): boolean {
  return ((ip & mask(n.prefix)) >>> 0) === n.ip;
}

/** IntersectsWithNetworks: either network holds the other's address. */
export function intersectsAny(n: Ipv4Net, others: readonly Ipv4Net[]): boolean {
  return others.some((o) => contains(n, o.ip) || contains(o, n.ip));
}

/** nextSubnet: the following block of the same size; undefined past 255.255.255.255. */
function nextSubnet(n: Ipv4Net): Ipv4Net | undefined {
  if (n.prefix === 0) return undefined;
  const next = n.ip + 2 ** (32 - n.prefix);
  return next > 0xffffffff ? undefined : { ip: next >>> 0, prefix: n.prefix };
}

/** GetFreeSubnet: the first block from `start` that meets no used network. */
export function freeSubnet(start: Ipv4Net, used: readonly Ipv4Net[]): Ipv4Net | undefined {
  let n: Ipv4Net | undefined = start;
  while (n && intersectsAny(n, used)) n = nextSubnet(n);
  return n;
}

/** FirstIPInSubnet: the network address plus one (itself for a /32). */
export function firstIp(n: Ipv4Net): number {
  return n.prefix === 32 ? n.ip : (n.ip + 1) >>> 0;
}

/** LastIPInSubnet: the broadcast address. */
export function lastIp(n: Ipv4Net): number {
  return (n.ip | ~mask(n.prefix)) >>> 0;
}
