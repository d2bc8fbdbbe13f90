// What every part of the CRI plugin works with: the node (for its own records in state.cri and
// the files it writes, such as container logs) and containerd's client in namespace k8s.io,
// the plugin's only way to containerd (it never touches containerd's records).

import { connect, type ContainerdClient, type NamespacedClient } from '../containerd/client/index';
import type { Node } from '../node';

/** The namespace every CRI object lives in (pkg/cri/constants: K8sContainerdNamespace). */
export const CRI_NAMESPACE = 'k8s.io';

export interface CriContext {
  readonly node: Node;
  /** containerd's client, for calls that are not namespaced (introspection). */
  readonly containerd: ContainerdClient;
  /** containerd's client in k8s.io. */
  readonly k8s: NamespacedClient;
}

export function criContext(node: Node): CriContext {
  const containerd = connect(node);
  return { node, containerd, k8s: containerd.withNamespace(CRI_NAMESPACE) };
}
