// dockerd's networks as libnetwork has them after the daemon's first start: the predefined
// `bridge` (docker0, 172.17.0.0/16, gateway 172.17.0.1: the first of the default pools), `host`
// and `none` (driver null), each with a random 64-hex id (stringid.GenerateRandomID), made on
// first use so that a node saved before networks existed gets them as a fresh daemon would.
// Lookups follow the API's GetNetworkByName/ByID order (daemon/network.go FindNetwork): full id,
// then exact name, then a unique id prefix.

import type { Node } from '../../node';
import { notFound } from '../errors';
import { randomInt } from '../../host/random';
import { randomHex } from '../images/random-hex';
import { ensureBridgeLink } from './bridge-links';
import type { NetworkRecord, NetworkStore } from './network-record';

/** The default bridge's Linux bridge and pool (daemon/daemon_unix.go: bridge.DefaultBridgeName, --bip default). */
const DEFAULT_BRIDGE = 'docker0';
const DEFAULT_SUBNET = '172.17.0.0/16';
const DEFAULT_GATEWAY = '172.17.0.1';

/** The options `network inspect bridge` shows (daemon_unix.go initBridgeDriver). */
function defaultBridgeOptions(): Record<string, string> {
  return {
    'com.docker.network.bridge.default_bridge': 'true',
    'com.docker.network.bridge.enable_icc': 'true',
    'com.docker.network.bridge.enable_ip_masquerade': 'true',
    'com.docker.network.bridge.host_binding_ipv4': '0.0.0.0',
    'com.docker.network.bridge.name': DEFAULT_BRIDGE,
    'com.docker.network.driver.mtu': '1500',
  };
}

/** Go's RFC3339Nano of now: the clock's milliseconds and random finer digits, trailing zeros trimmed. */
export function createdNow(node: Node): string {
  const ms = node.nowMs();
  const frac = `${String(((ms % 1000) + 1000) % 1000).padStart(3, '0')}${String(randomInt(node.state.random, 0, 999_999)).padStart(6, '0')}`.replace(/0+$/, '');
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, frac ? `.${frac}Z` : 'Z');
}

function predefined(node: Node, name: string, driver: NetworkRecord['driver']): NetworkRecord {
  const bridge = driver === 'bridge';
  return {
    id: randomHex(node, 32),
    name,
    driver,
    created: createdNow(node),
    ipamConfig: bridge ? [{ Subnet: DEFAULT_SUBNET, Gateway: DEFAULT_GATEWAY }] : [],
    ipamOptions: null,
    ...(bridge ? { subnet: DEFAULT_SUBNET, gateway: DEFAULT_GATEWAY, bridge: DEFAULT_BRIDGE } : {}),
    userSubnet: false,
    internal: false,
    attachable: false,
    labels: {},
    options: bridge ? defaultBridgeOptions() : {},
    endpoints: {},
  };
}

/** libnetwork's store, with the predefined networks and docker0 made on first use. */
export function networkStore(node: Node): NetworkStore {
  let store = node.state.dockerd.network;
  if (!store) {
    // daemon.go initNetworkController: null, host, then the default bridge.
    const none = predefined(node, 'none', 'null');
    const host = predefined(node, 'host', 'host');
    const bridge = predefined(node, 'bridge', 'bridge');
    store = { networks: { [none.id]: none, [host.id]: host, [bridge.id]: bridge }, sandboxes: {}, poolIndex: 1, lastPort: 0 };
    node.state.dockerd.network = store;
  }
  const bridge = Object.values(store.networks).find((n) => n.name === 'bridge');
  if (bridge) ensureBridgeLink(node, bridge);
  return store;
}

function allNetworks(node: Node): NetworkRecord[] {
  return Object.values(networkStore(node).networks);
}

/** The network `typed` names (id, name, unique id prefix); notFound `network <typed> not found`. */
export function findNetwork(node: Node, typed: string): NetworkRecord {
  const found = lookupNetwork(node, typed);
  if (!found) throw notFound(`network ${typed} not found`);
  return found;
}

export function lookupNetwork(node: Node, typed: string): NetworkRecord | undefined {
  const networks = networkStore(node).networks;
  if (Object.hasOwn(networks, typed)) return networks[typed];
  const named = Object.values(networks).find((n) => n.name === typed);
  if (named) return named;
  if (/^[0-9a-f]+$/.test(typed)) {
    const matches = Object.values(networks).filter((n) => n.id.startsWith(typed));
    if (matches.length === 1) return matches[0];
  }
  return undefined;
}

/** The predefined networks `network rm` refuses (runconfig.IsPreDefinedNetwork). */
export function isPredefined(name: string): boolean {
  return name === 'bridge' || name === 'host' || name === 'none' || name === 'default';
}
