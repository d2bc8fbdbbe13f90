// POST /networks/{id}/connect and /disconnect (moby 20.10 daemon/container_operations.go
// ConnectToNetwork / DisconnectFromNetwork): a running container joins at once (a new veth,
// eth1…, and an address), a stopped one keeps the attachment for its next start. The daemon's
// words, as a real 20.10.24 printed them: `No such container: x` (looked up first),
// `endpoint with name d1 already exists in network n1`, `container <id> is not connected to
// network n1`, --ip on a network without a configured subnet.

import type { Node } from '../../node';
import { findContainer } from '../containers/lookup';
import { conflict, DockerdError, invalidParameter } from '../errors';
import { joinNetwork, leaveNetwork, sandboxOf } from './endpoints';
import { findNetwork } from './network-store';
import { sweptStore } from './sweep';

export interface ConnectOptions {
  aliases?: string[];
  ipv4?: string;
}

function isRunning(status: string): boolean {
  return status === 'running' || status === 'paused' || status === 'restarting';
}

export function connectNetwork(node: Node, networkRef: string, containerRef: string, options: ConnectOptions = {}): void {
  sweptStore(node);
  const container = findContainer(node, containerRef);
  const network = findNetwork(node, networkRef);
  const mode = typeof container.hostConfig.NetworkMode === 'string' ? container.hostConfig.NetworkMode : 'default';
  if (mode === 'host' || mode === 'none' || mode.startsWith('container:') || network.driver !== 'bridge') {
    throw new DockerdError(403, `container cannot be disconnected from host network or connected to host network`);
  }
  const sandbox = sandboxOf(node, container);
  if (sandbox.attached[network.id]) throw conflict(`endpoint with name ${container.name} already exists in network ${network.name}`);
  if (options.ipv4 !== undefined && !network.userSubnet) throw invalidParameter('user specified IP address is supported only when connecting to networks with user configured subnets');
  sandbox.attached[network.id] = { aliases: [...(options.aliases ?? [])], ...(options.ipv4 ? { ipv4: options.ipv4 } : {}) };
  if (!isRunning(container.state.status)) return;
  try {
    const bridged = Object.keys(sandbox.attached).filter((id) => id !== network.id).length;
    const first = Object.values(sweptStore(node).networks).find((n) => n.endpoints[container.id]);
    joinNetwork(node, container, network, first?.endpoints[container.id]?.netns ?? `/proc/${container.state.pid}/ns/net`, bridged, false);
  } catch (err) {
    delete sandbox.attached[network.id];
    throw err;
  }
}

export function disconnectNetwork(node: Node, networkRef: string, containerRef: string, force = false): void {
  sweptStore(node);
  const container = findContainer(node, containerRef);
  const network = findNetwork(node, networkRef);
  const sandbox = sandboxOf(node, container);
  if (!sandbox.attached[network.id] && !force) throw new DockerdError(403, `container ${container.id} is not connected to network ${network.name}`);
  leaveNetwork(node, container, network);
  delete sandbox.attached[network.id];
}
