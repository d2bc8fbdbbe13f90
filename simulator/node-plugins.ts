// The plugins that live beside containerd on every node and follow its events, as the CRI
// plugin runs inside a real containerd 1.6. Event subscriptions are never saved, so whoever
// makes or restores a node installs them here; installing twice is harmless.
//
// The daemons' own code (the CRI plugin's monitors, dockerd's, the units' hooks: node-units.ts)
// is loaded apart, by loadNodeDaemons: a session awaits it before its first line runs, so a node
// is never seen or changed without it, while the browser's worker reaches its first prompt
// without compiling it. Until then nothing happens on a node (its timers run within lines).

import type { Node } from './node';
import { installDaemonPluginsWhenLoaded, nodeDaemonsLoaded } from './node-daemon-registry';
import { installNodeListeners } from './node-listeners';

export { nodeDaemonsLoaded };

const installed = new WeakSet<Node>();

/** Subscribes the node's plugins to its event exchange (once per node); returns the node. */
export function installNodePlugins(node: Node): Node {
  if (installed.has(node)) return node;
  installed.add(node);
  installNodeListeners();
  installDaemonPluginsWhenLoaded(node);
  return node;
}

let loading: Promise<void> | undefined;

/** Loads the daemons' code (once; again after a failed load) and installs it on the waiting nodes. */
export function loadNodeDaemons(): Promise<void> {
  if (nodeDaemonsLoaded()) return Promise.resolve();
  loading ??= import('./node-units').then(
    () => undefined,
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}
