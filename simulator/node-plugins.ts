// The plugins that live beside containerd on every node and follow its events, as the CRI
// plugin runs inside a real containerd 1.6. Event subscriptions are never saved, so whoever
// makes or restores a node installs them here; installing twice is harmless.

import { connect } from './containerd/client/index';
import { startCriEventMonitor } from './cri/events/event-monitor';
import { startCriImageBookkeeping } from './cri/managed-images';
import { startSandboxExitMonitor } from './cri/sandbox/sandbox-exit';
import { startDockerdExitMonitor } from './dockerd/index';
import type { Node } from './node';
import { installNodeListeners } from './node-listeners';

const installed = new WeakSet<Node>();

/** Subscribes the node's plugins to its event exchange (once per node); returns the node. */
export function installNodePlugins(node: Node): Node {
  if (installed.has(node)) return node;
  installed.add(node);
  installNodeListeners();
  startCriImageBookkeeping(connect(node));
  startSandboxExitMonitor(node);
  startCriEventMonitor(node);
  // dockerd follows its containers' exits in namespace moby (json logs, restart policies, --rm).
  startDockerdExitMonitor(node);
  return node;
}
