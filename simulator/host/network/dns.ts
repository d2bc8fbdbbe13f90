// DNS servers as a client in a network namespace reaches them: the resolver asks each
// `nameserver` of its resolv.conf in turn. The node is offline, so only servers that live on the
// node answer — Docker's embedded DNS at 127.0.0.11 inside a container on a user-defined
// network (dockerd registers it). The host layer does not import dockerd: servers are plain
// functions of the node, registered by name like the listener sources.

import type { Node } from '../../node';

/**
 * Answers `name` for a client in `netns` that asked the server at `serverIp`: the addresses,
 * [] for a name the server knows it has not (NXDOMAIN), undefined when no server is there.
 */
export type DnsServer = (node: Node, netns: string, serverIp: string, name: string) => string[] | undefined;

const servers = new Map<string, DnsServer>();

/** Registers (or replaces) the server named `name`; done once, where the daemon is wired. */
export function registerDnsServer(name: string, server: DnsServer): void {
  servers.set(name, server);
}

/** The nameservers of resolv.conf text, in order. */
export function nameservers(resolvConf: string): string[] {
  return resolvConf
    .split('\n')
    .map((line) => /^\s*nameserver\s+(\S+)/.exec(line)?.[1])
    .filter((ip): ip is string => ip !== undefined);
}

/** The addresses the namespace's resolver gets for `name` through resolv.conf's servers ([] if none answers). */
export function lookupDns(node: Node, netns: string, resolvConf: string, name: string): string[] {
  for (const serverIp of nameservers(resolvConf)) {
    for (const server of servers.values()) {
      const answer = server(node, netns, serverIp, name);
      if (answer !== undefined) return answer;
    }
  }
  return [];
}
