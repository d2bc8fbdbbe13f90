// Who listens on the node's sockets, for the host's network (host/network/listeners.ts): the
// running tasks' servers (containerd/tasks/task-listeners.ts) and containerd's own CRI
// streaming server on 127.0.0.1:<port> while containerd runs (containerd 1.6 binds it to
// 127.0.0.1:0, a random port, at start). Sources are plain functions of the node, registered
// once for every node.

import { taskListeners } from './containerd/tasks/task-listeners';
import { HOST_NETNS, registerListenerSource, type Listener } from './host/network/index';
import { streamServerPort } from './cri/streaming/stream-server';
import { mainPid } from './host/systemd';
import type { Node } from './node';
import { installPodNetworkView } from './node-pod-network';

function containerdListeners(node: Node): Listener[] {
  const unit = node.state.host.units.containerd;
  if (!unit?.active) return [];
  return [{ netns: HOST_NETNS, protocol: 'tcp', ip: '127.0.0.1', port: streamServerPort(node), backlog: 4096, process: { name: 'containerd', pid: mainPid(unit), fd: 12 } }];
}

/** Registers the node's listener sources and the CRI pods' part of the network view (idempotent). */
export function installNodeListeners(): void {
  registerListenerSource('containerd', containerdListeners);
  registerListenerSource('tasks', taskListeners);
  installPodNetworkView();
}
