// dockerd's containerd client, always in namespace moby (libcontainerd/remote/client.go). On its
// own so the health monitor and the task code reach it without importing each other.

import { connect } from '../../containerd/client/index';
import type { Node } from '../../node';

export const MOBY_NAMESPACE = 'moby';

export function mobyClient(node: Node) {
  return connect(node).withNamespace(MOBY_NAMESPACE);
}
