// HEAD/GET/PUT /containers/{id}/archive (moby 20.10 daemon/archive.go ContainerStatPath,
// ContainerArchivePath, ContainerExtractToDir): the container's root filesystem as its
// processes see it — the task's rootfs in containerd's `moby` namespace, whose writes land in
// the container's own layer. A missing container is 404 `No such container: x`; a path that is
// not there, 404 `Could not find the file /x in container b1`. A created or exited container's
// layers are read and written as the daemon mounts them for the copy (stopped-rootfs.ts).

import { connect, type ContainerFs } from '../../containerd/client/index';
import type { Node } from '../../node';
import { findContainer } from './lookup';
import { stoppedContainerFs } from './stopped-rootfs';

export function containerRootfs(node: Node, ref: string): ContainerFs | undefined {
  const record = findContainer(node, ref);
  if (record.state.status !== 'running' && record.state.status !== 'paused') return stoppedContainerFs(node, record);
  try {
    return connect(node).withNamespace('moby').containers.loadContainer(record.id).task().rootfs();
  } catch {
    return undefined;
  }
}
