// A docker container on its networks, as the daemon connects it when it starts and lets go
// when it stops (moby 20.10 daemon/container_operations.go allocateNetwork / releaseNetwork,
// libnetwork's sandbox and bridge endpoints). What D1's start and stop call:
//
//   connectEndpoints(node, container, { netnsPath? }) → NetworkSettings (inspect's shape)
//     the container's networks (HostConfig.NetworkMode, then those `network connect` added):
//     a sandbox id, for a bridge network an address from its pool, a veth pair into the
//     container's network namespace (default /proc/<State.Pid>/ns/net, the one runc made, as
//     libnetwork's setkey hook joins it), and on its first network the published ports (-p, -P)
//     as DNAT maps on the node (curl 127.0.0.1:8080 reaches the container). host: nothing to
//     make; none: lo only. Throws DockerdError (404 `network x not found`, 500 `driver failed
//     programming external connectivity on endpoint …: Bind for 0.0.0.0:8080 failed: port is
//     already allocated`) with nothing left half-made.
//   releaseEndpoints(node, container) → NetworkSettings of a stopped container: addresses freed,
//     veths and port maps gone, SandboxID and the networks' ids kept (inspect shows them).
//   networkSettingsOf(node, container) → NetworkSettings as they are now (created: empty ids).

import { HOST_NETNS } from '../../host/network/index';
import { removeNetns } from '../../host/network/links';
import { networkOf } from '../../host/network/network-state';
import type { Node } from '../../node';
import { DockerdError, invalidParameter, notFound, systemError } from '../errors';
import { randomHex } from '../images/random-hex';
import type { DockerContainerRecord } from '../store/container-record';
import { macFromIp, plugVeth, prepareSandboxNetns, setDefaultRoute, unplugVeth } from './bridge-links';
import { allocateAddress } from './ipam';
import type { EndpointRecord, NetworkRecord, SandboxRecord } from './network-record';
import { findNetwork, lookupNetwork, networkStore } from './network-store';
import { allocatePorts, portsMap } from './port-bindings';
import { logNetworkEvent } from '../events/event-log';
import { defaultRouteNetwork, interfaceNames } from './sandbox-order';

/** Where libnetwork bind-mounts sandboxes (exec-root /var/run/docker). */
const NETNS_DIR = '/var/run/docker/netns';

interface EndpointSettings {
  IPAMConfig: { IPv4Address?: string } | null;
  Links: null;
  Aliases: string[] | null;
  NetworkID: string;
  EndpointID: string;
  Gateway: string;
  IPAddress: string;
  IPPrefixLen: number;
  IPv6Gateway: string;
  GlobalIPv6Address: string;
  GlobalIPv6PrefixLen: number;
  MacAddress: string;
  DriverOpts: Record<string, string> | null;
}

export interface NetworkSettings {
  Bridge: string;
  SandboxID: string;
  HairpinMode: boolean;
  LinkLocalIPv6Address: string;
  LinkLocalIPv6PrefixLen: number;
  Ports: Record<string, Array<{ HostIp: string; HostPort: string }> | null>;
  SandboxKey: string;
  SecondaryIPAddresses: null;
  SecondaryIPv6Addresses: null;
  EndpointID: string;
  Gateway: string;
  GlobalIPv6Address: string;
  GlobalIPv6PrefixLen: number;
  IPAddress: string;
  IPPrefixLen: number;
  IPv6Gateway: string;
  MacAddress: string;
  Networks: Record<string, EndpointSettings>;
}

interface EndpointsConfigEntry {
  Aliases?: string[] | null;
  IPAMConfig?: { IPv4Address?: string; IPv6Address?: string; LinkLocalIPs?: string[] } | null;
}

/**
 * validateNetworkingConfig (daemon/container_operations.go): an address of one's own needs a
 * subnet the user configured (no network here has IPv6), and each link-local address must be an IP.
 */
function validateEndpointConfig(network: NetworkRecord, wanted: EndpointsConfigEntry): void {
  const ipam = wanted.IPAMConfig ?? {};
  if (ipam.IPv6Address && !network.userSubnet) throw invalidParameter('user specified IP address is supported only when connecting to networks with user configured subnets');
  const linkLocal = ipam.LinkLocalIPs ?? [];
  if (linkLocal.some((ip) => !isIp(ip))) throw invalidParameter(`Invalid link-local IP address: [${linkLocal.join(' ')}]`);
}

/** net.ParseIP: an IPv4 dotted quad or an IPv6 address. */
function isIp(text: string): boolean {
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(text)) return text.split('.').every((o) => Number(o) <= 255 && !/^0\d/.test(o));
  return text.includes(':') && /^[0-9a-fA-F:.]+$/.test(text) && (text.match(/::/g) ?? []).length <= 1;
}

/** "default" is the bridge (runconfig: NetworkMode default on Linux). */
function modeOf(container: DockerContainerRecord): string {
  const mode = typeof container.hostConfig.NetworkMode === 'string' ? container.hostConfig.NetworkMode : 'default';
  return mode === '' || mode === 'default' ? 'bridge' : mode;
}

function exposedOf(container: DockerContainerRecord): string[] {
  const exposed = container.config.ExposedPorts;
  return exposed && typeof exposed === 'object' ? Object.keys(exposed) : [];
}

/** NetworkingConfig.EndpointsConfig as D1 keeps it on the record (config or hostConfig), if at all. */
function endpointsConfigOf(container: DockerContainerRecord): Record<string, EndpointsConfigEntry> {
  const holder = container as unknown as { networkingConfig?: { EndpointsConfig?: Record<string, EndpointsConfigEntry> } };
  return holder.networkingConfig?.EndpointsConfig ?? {};
}

/** The container's sandbox record, made from its NetworkMode the first time. */
export function sandboxOf(node: Node, container: DockerContainerRecord): SandboxRecord {
  const store = networkStore(node);
  const existing = store.sandboxes[container.id];
  if (existing) return existing;
  const mode = modeOf(container);
  const made: SandboxRecord = { id: '', attached: {} };
  const network = mode.startsWith('container:') ? undefined : lookupNetwork(node, mode);
  if (network) {
    const wanted = endpointsConfigOf(container)[mode] ?? endpointsConfigOf(container)[network.name] ?? {};
    validateEndpointConfig(network, wanted);
    const ipv4 = wanted.IPAMConfig?.IPv4Address;
    made.attached[network.id] = { aliases: [...(wanted.Aliases ?? [])], ...(ipv4 ? { ipv4 } : {}) };
  }
  store.sandboxes[container.id] = made;
  return made;
}

function emptyEndpoint(networkId: string, aliases: string[] | null): EndpointSettings {
  return { IPAMConfig: null, Links: null, Aliases: aliases, NetworkID: networkId, EndpointID: '', Gateway: '', IPAddress: '', IPPrefixLen: 0, IPv6Gateway: '', GlobalIPv6Address: '', GlobalIPv6PrefixLen: 0, MacAddress: '', DriverOpts: null };
}

function prefixLen(network: NetworkRecord): number {
  return Number(network.subnet?.split('/')[1] ?? '0');
}

/** The Aliases inspect shows: those given, and on a user-defined network the short id (daemon/container_operations.go). */
function aliasesFor(network: NetworkRecord, given: string[], container: DockerContainerRecord): string[] | null {
  if (network.name === 'bridge' || network.driver !== 'bridge') return given.length > 0 ? given : null;
  const short = container.id.slice(0, 12);
  return given.includes(short) ? given : [...given, short];
}

/** NetworkSettings as they are now, from the store (no change made). */
export function networkSettingsOf(node: Node, container: DockerContainerRecord): NetworkSettings {
  const store = networkStore(node);
  const sandbox = store.sandboxes[container.id];
  const mode = modeOf(container);
  const settings: NetworkSettings = {
    Bridge: '',
    SandboxID: sandbox?.id ?? '',
    HairpinMode: false,
    LinkLocalIPv6Address: '',
    LinkLocalIPv6PrefixLen: 0,
    Ports: {},
    SandboxKey: sandbox?.id ? (mode === 'host' ? `${NETNS_DIR}/default` : `${NETNS_DIR}/${sandbox.id.slice(0, 12)}`) : '',
    SecondaryIPAddresses: null,
    SecondaryIPv6Addresses: null,
    EndpointID: '',
    Gateway: '',
    GlobalIPv6Address: '',
    GlobalIPv6PrefixLen: 0,
    IPAddress: '',
    IPPrefixLen: 0,
    IPv6Gateway: '',
    MacAddress: '',
    Networks: {},
  };
  if (!sandbox) {
    // A created container names its network without an id yet (a real 20.10.24's inspect).
    if (!mode.startsWith('container:')) settings.Networks[mode] = emptyEndpoint('', null);
    return settings;
  }
  let first = true;
  for (const [networkId, want] of Object.entries(sandbox.attached)) {
    const network = store.networks[networkId];
    if (!network) continue;
    const ep = network.endpoints[container.id];
    const entry = emptyEndpoint(want.unjoined || !sandbox.id ? '' : network.id, aliasesFor(network, want.aliases, container));
    if (want.ipv4) entry.IPAMConfig = { IPv4Address: want.ipv4 };
    // `network connect` stores the CLI's request as sent: empty IPAM config, options and aliases.
    if (want.connected) Object.assign(entry, { IPAMConfig: entry.IPAMConfig ?? {}, DriverOpts: {}, Aliases: entry.Aliases ?? [] });
    if (ep) {
      entry.EndpointID = ep.id;
      if (network.driver === 'bridge') {
        Object.assign(entry, { Gateway: network.gateway ?? '', IPAddress: ep.ip, IPPrefixLen: prefixLen(network), MacAddress: ep.mac });
        if (first) settings.Ports = portsMap(ep.ports, exposedOf(container));
      }
      // The top-level fields are the default bridge's only (DefaultNetworkSettings).
      if (network.name === 'bridge') Object.assign(settings, { EndpointID: ep.id, Gateway: entry.Gateway, IPAddress: ep.ip, IPPrefixLen: entry.IPPrefixLen, MacAddress: ep.mac });
    }
    settings.Networks[network.name] = entry;
    first = false;
  }
  return settings;
}

/** The namespace the container's interfaces go into. */
function netnsFor(container: DockerContainerRecord, sandboxId: string, given?: string): string {
  if (given) return given;
  if (container.state.pid > 0) return `/proc/${container.state.pid}/ns/net`;
  return `${NETNS_DIR}/${sandboxId.slice(0, 12)}`;
}

/** The container's bridge endpoints now; the default route goes through the least one's gateway (sandbox-order.ts). */
function refreshDefaultRoute(node: Node, containerId: string, netns: string): void {
  const joined = Object.values(networkStore(node).networks).filter((n) => n.driver === 'bridge' && n.gateway && n.endpoints[containerId]?.netns === netns);
  const chosen = defaultRouteNetwork(joined);
  const ep = chosen?.endpoints[containerId];
  setDefaultRoute(node, netns, chosen?.gateway && ep ? { via: chosen.gateway, dev: ep.ifName } : undefined);
}

/** The next ethN of a running sandbox (the counter, or past the highest name for a sandbox saved without it). */
export function nextInterfaceName(node: Node, container: DockerContainerRecord): string {
  const sandbox = sandboxOf(node, container);
  const used = Object.values(networkStore(node).networks).map((n) => Number(/^eth(\d+)$/.exec(n.endpoints[container.id]?.ifName ?? '')?.[1] ?? -1));
  const next = sandbox.nextIf ?? Math.max(-1, ...used) + 1;
  sandbox.nextIf = next + 1;
  return `eth${next}`;
}

/** Joins one network: an endpoint (and for a bridge an address, a veth named ifName, maybe ports). */
export function joinNetwork(node: Node, container: DockerContainerRecord, network: NetworkRecord, netns: string, ifName: string, publish: boolean): EndpointRecord {
  const store = networkStore(node);
  const sandbox = sandboxOf(node, container);
  const want = sandbox.attached[network.id] ?? { aliases: [] };
  delete want.unjoined;
  const endpoint: EndpointRecord = { id: randomHex(node, 32), name: container.name, ip: '0.0.0.0', mac: '', aliases: want.aliases, ports: [], hostVeth: '', netns, ifName: '' };
  if (network.driver === 'bridge') {
    endpoint.ip = allocateAddress(network, want.ipv4);
    // --mac-address (Config.MacAddress) is the address on the network of the container's mode only.
    const given = network.name === modeOf(container) ? container.config.MacAddress : undefined;
    endpoint.mac = typeof given === 'string' && given !== '' ? given.toLowerCase() : macFromIp(endpoint.ip);
    if (publish) {
      try {
        endpoint.ports = allocatePorts(store, container.hostConfig.PortBindings as never, container.hostConfig.PublishAllPorts === true, exposedOf(container));
      } catch (err) {
        if (err instanceof DockerdError) throw systemError(`driver failed programming external connectivity on endpoint ${container.name} (${endpoint.id}): ${err.message}`);
        throw err;
      }
    }
    endpoint.ifName = ifName;
    endpoint.hostVeth = plugVeth(node, network, { netns, ifName: endpoint.ifName, ip: endpoint.ip, mac: endpoint.mac });
    const net = networkOf(node.state.host);
    for (const b of endpoint.ports) {
      if (b.hostIp.includes(':')) continue; // the node's network is IPv4 only; :: is inspect's
      const [port, proto] = b.containerPort.split('/');
      net.portMappings.push({ network: `docker/${network.name}`, containerId: container.id, hostIP: b.hostIp === '0.0.0.0' ? '' : b.hostIp, hostPort: b.hostPort, protocol: (proto ?? 'tcp') as 'tcp', containerIP: endpoint.ip, containerPort: Number(port) });
    }
  } else if (network.driver === 'null') {
    endpoint.ip = '0.0.0.0';
  }
  network.endpoints[container.id] = endpoint;
  if (network.driver === 'bridge') refreshDefaultRoute(node, container.id, netns);
  logNetworkEvent(node, network, 'connect', { container: container.id });
  return endpoint;
}

/** Leaves one network: the address freed, its veth and port maps gone. */
export function leaveNetwork(node: Node, container: DockerContainerRecord, network: NetworkRecord): void {
  const ep = network.endpoints[container.id];
  if (!ep) return;
  if (ep.hostVeth) unplugVeth(node, ep.hostVeth);
  const net = networkOf(node.state.host);
  net.portMappings = net.portMappings.filter((m) => !(m.containerId === container.id && m.network === `docker/${network.name}`));
  delete network.endpoints[container.id];
  if (ep.hostVeth) refreshDefaultRoute(node, container.id, ep.netns);
  logNetworkEvent(node, network, 'disconnect', { container: container.id });
}

/**
 * Connects a starting container to its networks; returns its NetworkSettings. On failure
 * what was joined is left again and the error thrown.
 */
export function connectEndpoints(node: Node, container: DockerContainerRecord, options: { netnsPath?: string } = {}): NetworkSettings {
  const store = networkStore(node);
  const mode = modeOf(container);
  if (mode.startsWith('container:')) return networkSettingsOf(node, container);
  // --network x of a network since removed: `network x not found` (daemon/container_operations.go).
  if (!lookupNetwork(node, mode) && Object.keys(store.sandboxes[container.id]?.attached ?? {}).length === 0) findNetwork(node, mode);
  const sandbox = sandboxOf(node, container);
  if (!sandbox.id) sandbox.id = randomHex(node, 32);
  const netns = mode === 'host' ? HOST_NETNS : netnsFor(container, sandbox.id, options.netnsPath);
  if (netns !== HOST_NETNS) prepareSandboxNetns(node, netns);
  const joined: NetworkRecord[] = [];
  try {
    // allocateNetwork joins the default bridge first, then the others (Go map order; here the
    // order they were attached in).
    const ids = Object.keys(sandbox.attached);
    const order = [...ids.filter((id) => store.networks[id]?.name === 'bridge'), ...ids.filter((id) => store.networks[id]?.name !== 'bridge')];
    // A network removed while the container was stopped (a real 20.10.24: by the id it kept).
    const missing = order.find((id) => !store.networks[id]);
    if (missing) throw notFound(`network ${missing} not found`);
    const networks = order.map((id) => store.networks[id] as NetworkRecord);
    const names = interfaceNames(networks.filter((n) => n.driver === 'bridge'));
    sandbox.nextIf = names.size;
    networks.forEach((network, index) => {
      if (network.endpoints[container.id]) leaveNetwork(node, container, network);
      joinNetwork(node, container, network, netns, names.get(network.name) ?? '', index === 0);
      joined.push(network);
    });
  } catch (err) {
    for (const network of joined) leaveNetwork(node, container, network);
    throw err;
  }
  return networkSettingsOf(node, container);
}

/** Lets a stopping container's networks go; returns the NetworkSettings a stopped one shows. */
export function releaseEndpoints(node: Node, container: DockerContainerRecord): NetworkSettings {
  const store = networkStore(node);
  let netns: string | undefined;
  for (const network of Object.values(store.networks)) {
    const ep = network.endpoints[container.id];
    if (!ep) continue;
    if (ep.netns !== HOST_NETNS) netns = ep.netns;
    leaveNetwork(node, container, network);
  }
  if (netns) removeNetns(networkOf(node.state.host), netns);
  return networkSettingsOf(node, container);
}

/** The container is gone (docker rm): its endpoints and its sandbox record too. */
export function forgetContainer(node: Node, container: DockerContainerRecord): void {
  releaseEndpoints(node, container);
  delete networkStore(node).sandboxes[container.id];
}
