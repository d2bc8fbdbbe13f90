// Name resolution as glibc's resolver does it for a client on node1 or in a container:
// "files" first (/etc/hosts, the first line naming the host wins, IPv4 and IPv6 lines kept in
// file order), then DNS through resolv.conf's nameserver, which never answers here: node1 is
// offline, so every other name fails to resolve.

import { isIpv4 } from './ip-address';

export interface Resolved {
  /** Addresses in the order a client tries them (IPv6 ones as text, e.g. "::1"). */
  addresses: string[];
}

/** The addresses /etc/hosts text gives `name` (case-insensitive, aliases too), in file order. */
export function hostsLookup(hostsText: string, name: string): string[] {
  const want = name.toLowerCase();
  const out: string[] = [];
  for (const raw of hostsText.split('\n')) {
    const line = raw.replace(/#.*/, '').trim();
    if (!line) continue;
    const [addr, ...names] = line.split(/\s+/);
    if (addr && names.some((n) => n.toLowerCase() === want) && !out.includes(addr)) out.push(addr);
  }
  return out;
}

/**
 * Resolves `host` for a client: an IPv4 literal is itself, a bracketed or bare IPv6 literal
 * is itself, else the hosts file; undefined when nothing resolves it (the DNS of an offline
 * node never answers).
 */
export function resolveName(host: string, hostsText: string): Resolved | undefined {
  if (isIpv4(host)) return { addresses: [host] };
  const bare = host.replace(/^\[(.*)\]$/, '$1');
  if (bare.includes(':')) return { addresses: [bare] };
  const found = hostsLookup(hostsText, host);
  return found.length > 0 ? { addresses: found } : undefined;
}
