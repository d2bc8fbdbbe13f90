// A registry on the node itself (`docker run -d -p 5000:5000 registry:2` in the notes): while
// it listens, localhost:<port> accepts plain-http pulls and pushes without credentials; when
// it stops, requests get `connect: connection refused` again. What was pushed stays in the
// registry state, as a registry's volume would keep it.

import type { Node } from '../node';

export function startLocalRegistry(node: Node, host = 'localhost:5000'): void {
  (node.state.registries.listening ??= {})[host] = true;
}

export function stopLocalRegistry(node: Node, host = 'localhost:5000'): void {
  if (node.state.registries.listening) delete node.state.registries.listening[host];
}

export function isLocalRegistryListening(node: Node, host = 'localhost:5000'): boolean {
  return node.state.registries.listening?.[host] === true;
}
