// The hostname a container's processes see (uname's nodename, busybox hostname). runc sets the
// spec's hostname in a UTS namespace of the container's own; a spec that joins another process's
// namespace (`/proc/<pid>/ns/uts`, as containerd 1.6's CRI plugin makes a pod's containers join
// their pause process's: WithPodNamespaces in pkg/cri/server/container_create_linux.go) sees the
// name that process's container set, the pod's hostname. Without a namespace of its own a
// container sees the node's name.

import type { Node } from '../../node';
import type { ContainerRecord } from '../metadata/schema';
import { liveTaskWithInitPid } from './pid-namespace';

const JOINED = /^\/proc\/(\d+)\/ns\/uts$/;

export function utsHostname(node: Node, ns: string, container: ContainerRecord): string {
  if (typeof container.spec.hostname === 'string') return container.spec.hostname;
  const path = container.spec.linux?.namespaces?.find((n) => n.type === 'uts' && n.path !== undefined && JOINED.test(n.path))?.path;
  if (path) {
    const owner = liveTaskWithInitPid(node, ns, Number(JOINED.exec(path)?.[1]));
    const hostname = owner ? node.state.containerd.namespaces[ns]?.containers[owner.containerId]?.spec.hostname : undefined;
    if (typeof hostname === 'string') return hostname;
  }
  return node.state.host.hostname;
}
