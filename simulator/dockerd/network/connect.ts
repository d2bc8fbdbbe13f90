// POST /networks/{id}/connect and /disconnect (moby 20.10 daemon/container_operations.go
// ConnectToNetwork / DisconnectFromNetwork): a running container joins at once (a new veth,
// eth1…, and an address), a stopped one keeps the attachment for its next start. The daemon's
// words, as a real 20.10.24 printed them: `No such container: x` (looked up first),
// `endpoint with name d1 already exists in network n1`, `container <id> is not connected to
// network n1`, --ip on a network without a configured subnet; updateNetworkSettings' refusals
// (host, none and container:X networking mixed with others). A running container's new
// interface takes the sandbox's next ethN, and the default route may move (sandbox-order.ts).

/** Where libnetwork bind-mounts sandboxes (exec-root /var/run/docker). */
const NETNS_DIR = '/var/run/docker/netns';

import type { Node } from '../../node';
import { findContainer } from '../containers/lookup';
import { conflict, DockerdError, invalidParameter } from '../errors';
import * as vfs from '../../host/vfs';
import { containerDir } from '../runtime/spec';
import type { DockerContainerRecord } from '../store/container-record';
import { logNetworkEvent } from '../events/event-log';
import { joinNetwork, leaveNetwork, nextInterfaceName, sandboxOf } from './endpoints';
import type { NetworkRecord } from './network-record';
import { findNetwork } from './network-store';
import { sweptStore } from './sweep';

export interface ConnectOptions {
  aliases?: string[];
  ipv4?: string;
}

function isRunning(status: string): boolean {
  return status === 'running' || status === 'paused' || status === 'restarting';
}

/** updateNetworkSettings' refusals, against the networks the container is on (runconfig/errors.go's words). */
function checkCombination(mode: string, network: NetworkRecord, attached: readonly NetworkRecord[]): void {
  if (mode.startsWith('container:')) throw invalidParameter(SHARED_NAMESPACE);
  if (mode !== 'host' && network.driver === 'host') throw invalidParameter(HOST_NETWORK);
  for (const other of attached) {
    if (other.id === network.id) continue;
    if (other.driver === 'host' || network.driver === 'host') throw invalidParameter(SHARED_NAMESPACE);
    if (other.name === 'none' || network.name === 'none') throw invalidParameter('container cannot be connected to multiple networks with one of the networks in private (none) mode');
  }
}

const SHARED_NAMESPACE = 'container sharing network namespace with another container or host cannot be connected to any other network';
const HOST_NETWORK = 'container cannot be disconnected from host network or connected to host network';

/** Where a running container's interfaces are: its sandbox's namespace (also when it has no endpoint left). */
function sandboxNetns(node: Node, container: DockerContainerRecord, sandboxId: string): string {
  const onOne = Object.values(sweptStore(node).networks).find((n) => n.endpoints[container.id]);
  return onOne?.endpoints[container.id]?.netns ?? (sandboxId ? `${NETNS_DIR}/${sandboxId.slice(0, 12)}` : `/proc/${container.state.pid}/ns/net`);
}

/** updateHostsFile on a join: one more `<ip>\t<hostname>` line (a disconnect leaves it, as a real 20.10.24 did). */
function addHostsLine(node: Node, container: DockerContainerRecord, ip: string): void {
  const files = node.state.host.files;
  const path = `${containerDir(container.id)}/hosts`;
  if (!vfs.exists(files, path)) return;
  const hostname = (container.config.Hostname as string | undefined) ?? container.id.slice(0, 12);
  vfs.writeFile(files, path, `${vfs.binaryToText(vfs.readFile(files, path))}${ip}\t${hostname}\n`, { mtimeMs: node.nowMs() });
}

export function connectNetwork(node: Node, networkRef: string, containerRef: string, options: ConnectOptions = {}): void {
  const store = sweptStore(node);
  const container = findContainer(node, containerRef);
  const network = findNetwork(node, networkRef);
  const mode = typeof container.hostConfig.NetworkMode === 'string' ? container.hostConfig.NetworkMode : 'default';
  const sandbox = sandboxOf(node, container);
  const attached = Object.keys(sandbox.attached).flatMap((id) => store.networks[id] ?? []);
  // updateNetworkConfig: on bridge, host and none, no --ip and no --alias.
  if (!mode.startsWith('container:') && ['bridge', 'host', 'none'].includes(network.name)) {
    if (options.ipv4 !== undefined) throw invalidParameter('user specified IP address is supported on user defined networks only');
    if ((options.aliases ?? []).length > 0) throw invalidParameter('network-scoped alias is supported only for containers in user defined networks');
  }
  checkCombination(mode, network, attached);
  if (sandbox.attached[network.id]) throw conflict(`endpoint with name ${container.name} already exists in network ${network.name}`);
  if (options.ipv4 !== undefined && !network.userSubnet) throw invalidParameter('user specified IP address is supported only when connecting to networks with user configured subnets');
  sandbox.attached[network.id] = { aliases: [...(options.aliases ?? [])], ...(options.ipv4 ? { ipv4: options.ipv4 } : {}), connected: true };
  if (!isRunning(container.state.status)) {
    sandbox.attached[network.id].unjoined = true;
    return;
  }
  let ep;
  try {
    ep = joinNetwork(node, container, network, sandboxNetns(node, container, sandbox.id), network.driver === 'bridge' ? nextInterfaceName(node, container) : '', false);
  } catch (err) {
    delete sandbox.attached[network.id];
    throw err;
  }
  if (network.driver === 'bridge') addHostsLine(node, container, ep.ip);
}

/**
 * A running container leaves at once, and the daemon logs `disconnect` twice (disconnectFromNetwork's
 * own event, then DisconnectFromNetwork's); a stopped one only forgets the attachment, logged once.
 */
export function disconnectNetwork(node: Node, networkRef: string, containerRef: string): void {
  sweptStore(node);
  const container = findContainer(node, containerRef);
  const network = findNetwork(node, networkRef);
  const mode = typeof container.hostConfig.NetworkMode === 'string' ? container.hostConfig.NetworkMode : 'default';
  if (mode === 'host' && network.driver === 'host') throw invalidParameter(HOST_NETWORK);
  const sandbox = sandboxOf(node, container);
  if (!sandbox.attached[network.id]) {
    // DisconnectFromNetwork (daemon/container_operations.go@v20.10.24): a stopped container is
    // looked up in its settings by the name as typed; a running one through the network's
    // endpoints, where --force is never passed on, so it changes nothing here.
    if (!isRunning(container.state.status)) throw new DockerdError(500, `container ${container.id} is not connected to the network ${networkRef}`);
    throw new DockerdError(403, `container ${container.id} is not connected to network ${network.name}`);
  }
  leaveNetwork(node, container, network);
  delete sandbox.attached[network.id];
  logNetworkEvent(node, network, 'disconnect', { container: container.id });
}
