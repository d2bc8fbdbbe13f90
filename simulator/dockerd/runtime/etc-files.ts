// The container's /etc/hosts and /etc/resolv.conf as libnetwork writes them at the start (moby
// 20.10 libnetwork sandbox_dns_unix.go buildHostsFile / setupDNS): the stock lines, then each
// --add-host (`ip\thost`; host-gateway is the default bridge's gateway), then the container's
// own addresses; resolv.conf from --dns, --dns-search and --dns-option where given, each taking
// the host's place (search line first, then the nameservers, then options).

import type { Node } from '../../node';

const STOCK_HOSTS = '127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\nfe00::0\tip6-localnet\nff00::0\tip6-mcastprefix\nff02::1\tip6-allnodes\nff02::2\tip6-allrouters\n';

interface DnsHostConfig {
  Dns?: string[] | null;
  DnsSearch?: string[] | null;
  DnsOptions?: string[] | null;
  ExtraHosts?: string[] | null;
}

/** The default bridge's gateway (daemon.go's host-gateway-ip when none is configured). */
function hostGatewayIp(node: Node): string {
  const networks = Object.values(node.state.dockerd.network?.networks ?? {});
  return networks.find((n) => n.name === 'bridge')?.gateway ?? '172.17.0.1';
}

/** `links`: the legacy links' lines (containers/legacy-links.ts), after the --add-host ones. */
export function hostsFile(node: Node, host: DnsHostConfig, hostname: string, ips: readonly string[], links: readonly string[] = []): string {
  const extra = (host.ExtraHosts ?? []).map((entry) => {
    const colon = entry.indexOf(':');
    const ip = entry.slice(colon + 1);
    return `${ip === 'host-gateway' ? hostGatewayIp(node) : ip}\t${entry.slice(0, colon)}\n`;
  });
  return `${STOCK_HOSTS}${extra.join('')}${links.join('')}${ips.map((ip) => `${ip}\t${hostname}\n`).join('')}`;
}

/** The container's resolv.conf: `base` (the host's, filtered) unless --dns* replace parts of it. */
export function resolvConfWith(host: DnsHostConfig, base: string): string {
  const dns = host.Dns ?? [];
  const search = host.DnsSearch ?? [];
  const options = host.DnsOptions ?? [];
  if (dns.length === 0 && search.length === 0 && options.length === 0) return base;
  const lines = base.split('\n');
  const field = (word: string) => lines.filter((l) => new RegExp(`^\\s*${word}\\s`).test(l)).flatMap((l) => l.trim().split(/\s+/).slice(1));
  const servers = dns.length > 0 ? dns : field('nameserver');
  const domains = search.length > 0 ? search : field('search');
  const opts = options.length > 0 ? options : field('options');
  let out = '';
  // resolvconf.Build: `search .` alone clears the search list.
  if (domains.length > 0 && domains.join(' ') !== '.') out += `search ${domains.join(' ')}\n`;
  for (const s of servers) out += `nameserver ${s}\n`;
  if (opts.length > 0) out += `options ${opts.join(' ')}\n`;
  return out;
}
