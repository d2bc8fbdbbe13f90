// Docker's embedded DNS server (libnetwork/resolver.go, sandbox_dns_unix.go): every container on
// a user-defined network has resolv.conf `nameserver 127.0.0.11` and `options ndots:0`, and the
// server there answers the names of the containers on the networks it shares — their names,
// their --network-alias aliases and short ids — with their address on that network. Other
// names go to the host's DNS, which never answers on the offline node1. On the default bridge
// there is no embedded DNS: resolv.conf is the host's (containers find each other only by IP,
// or with --link). A real 20.10.24: `nslookup web1` from c2 on n1 gave c1's 172.22.0.2.

import { registerDnsServer } from '../../host/network/index';
import type { Node } from '../../node';
import type { DockerContainerRecord } from '../store/container-record';
import type { NetworkRecord } from './network-record';

/** The embedded DNS server's address inside each container (resolver.go). */
const EMBEDDED_DNS = '127.0.0.11';

function userDefined(network: NetworkRecord): boolean {
  return network.driver === 'bridge' && network.name !== 'bridge';
}

function networksOf(node: Node): NetworkRecord[] {
  return Object.values(node.state.dockerd.network?.networks ?? {});
}

/** The addresses `name` has for a client in `netns` (undefined: no embedded DNS there). */
function embeddedLookup(node: Node, netns: string, name: string): string[] | undefined {
  const joined = networksOf(node).filter((n) => userDefined(n) && Object.values(n.endpoints).some((ep) => ep.netns === netns));
  if (joined.length === 0) return undefined;
  const want = name.toLowerCase().replace(/\.$/, '');
  const out: string[] = [];
  for (const network of joined) {
    for (const [id, ep] of Object.entries(network.endpoints)) {
      const current = node.state.dockerd.containers[id]?.name ?? ep.name;
      const names = [current, ep.name, ...ep.aliases, id.slice(0, 12)].map((n) => n.toLowerCase());
      if (names.includes(want) && !out.includes(ep.ip)) out.push(ep.ip);
    }
  }
  return out;
}

/** Registers the server with the node's network (once, where dockerd is wired). */
export function installEmbeddedDns(): void {
  registerDnsServer('docker-embedded-dns', (node, netns, serverIp, name) => (serverIp === EMBEDDED_DNS ? embeddedLookup(node, netns, name) : undefined));
}

/**
 * The container's /etc/resolv.conf as the daemon writes it (sandbox_dns_unix.go setupDNS): on a
 * user-defined network the embedded server's, else the host's own text (`hostResolvConf`).
 */
export function resolvConfFor(node: Node, container: DockerContainerRecord, hostResolvConf: string): string {
  const sandbox = node.state.dockerd.network?.sandboxes[container.id];
  const networks = node.state.dockerd.network?.networks ?? {};
  const onUserNetwork = Object.keys(sandbox?.attached ?? {}).some((id) => {
    const n = networks[id];
    return n !== undefined && userDefined(n);
  });
  return onUserNetwork ? `nameserver ${EMBEDDED_DNS}\noptions ndots:0\n` : hostResolvConf;
}

/**
 * The addresses /etc/hosts names the container by at its start (sandbox's updateHostsFile, one
 * line per endpoint as it joins: the default bridge first, then the others — in Go map order on
 * a real daemon, as attached here); none when it has no bridge endpoint (host, none, stopped).
 */
export function hostsAddressesOf(node: Node, container: DockerContainerRecord): string[] {
  const sandbox = node.state.dockerd.network?.sandboxes[container.id];
  const networks = node.state.dockerd.network?.networks ?? {};
  const ids = Object.keys(sandbox?.attached ?? {});
  const joined = [...ids.filter((id) => networks[id]?.name === 'bridge'), ...ids.filter((id) => networks[id]?.name !== 'bridge')];
  return joined.flatMap((id) => {
    const ep = networks[id]?.endpoints[container.id];
    return ep && networks[id]?.driver === 'bridge' ? [ep.ip] : [];
  });
}
