// IPv4 addresses, prefixes and MACs as the network code needs them: parsing, formatting,
// subnet arithmetic, and the IPv6 link-local address the kernel derives from a MAC (EUI-64,
// RFC 4291 appendix A), which `ip addr` shows on every link that has a MAC.

/** "10.4.0.2" → 0x0a040002; NaN when the text is not a dotted quad. */
export function ipToInt(ip: string): number {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(ip);
  if (!m) return Number.NaN;
  const parts = m.slice(1).map(Number);
  if (parts.some((p) => p > 255)) return Number.NaN;
  return parts.reduce((n, p) => n * 256 + p, 0) >>> 0;
}

export function intToIp(n: number): string {
  return [24, 16, 8, 0].map((s) => (n >>> s) & 255).join('.');
}

export function isIpv4(text: string): boolean {
  return !Number.isNaN(ipToInt(text));
}

/** The netmask of a prefix length as an unsigned integer. */
export function maskOf(prefix: number): number {
  return prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
}

export interface Cidr {
  /** The network address (host bits cleared). */
  network: number;
  prefix: number;
}

/** "10.4.0.0/24" → { network, prefix }; undefined when malformed. Host bits are cleared. */
export function parseCidr(text: string): Cidr | undefined {
  const m = /^([\d.]+)\/(\d{1,2})$/.exec(text);
  if (!m) return undefined;
  const ip = ipToInt(m[1] ?? '');
  const prefix = Number(m[2]);
  if (Number.isNaN(ip) || prefix > 32) return undefined;
  return { network: (ip & maskOf(prefix)) >>> 0, prefix };
}

export function inSubnet(ip: number, cidr: Cidr): boolean {
  return ((ip & maskOf(cidr.prefix)) >>> 0) === cidr.network;
}

export function broadcastOf(cidr: Cidr): number {
  return (cidr.network | (~maskOf(cidr.prefix) >>> 0)) >>> 0;
}

function formatCidr(cidr: Cidr): string {
  return `${intToIp(cidr.network)}/${cidr.prefix}`;
}

/** True for 127.0.0.0/8. */
export function isLoopback(ip: number): boolean {
  return ip >>> 24 === 127;
}

/** A MAC from 6 bytes of randomness: locally administered, unicast (as the kernel's eth_random_addr). */
export function randomMac(bytes: readonly number[]): string {
  const b = bytes.slice(0, 6).map((x) => x & 255);
  while (b.length < 6) b.push(0);
  b[0] = ((b[0] ?? 0) & 0xfe) | 0x02;
  return b.map((x) => x.toString(16).padStart(2, '0')).join(':');
}

/** fe80::/64 with the EUI-64 of `mac`, written as `ip addr` writes it (no leading zeros, `::` compression). */
export function linkLocalOf(mac: string): string {
  const b = mac.split(':').map((h) => parseInt(h, 16));
  const eui = [(b[0] ?? 0) ^ 0x02, b[1] ?? 0, b[2] ?? 0, 0xff, 0xfe, b[3] ?? 0, b[4] ?? 0, b[5] ?? 0];
  const groups = [0xfe80, 0, 0, 0];
  for (let i = 0; i < 8; i += 2) groups.push(((eui[i] ?? 0) << 8) | (eui[i + 1] ?? 0));
  return compressIpv6(groups);
}

/** RFC 5952 text of eight 16-bit groups: the longest run (2+) of zero groups becomes `::`. */
function compressIpv6(groups: readonly number[]): string {
  let bestStart = -1;
  let bestLen = 0;
  for (let i = 0; i < groups.length; ) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < groups.length && groups[j] === 0) j++;
    if (j - i > bestLen && j - i >= 2) {
      bestStart = i;
      bestLen = j - i;
    }
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (bestStart < 0) return hex.join(':');
  return `${hex.slice(0, bestStart).join(':')}::${hex.slice(bestStart + bestLen).join(':')}`;
}
