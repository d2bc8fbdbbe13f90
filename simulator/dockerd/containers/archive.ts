// HEAD/GET/PUT /containers/{id}/archive (moby 20.10 daemon/archive.go ContainerStatPath,
// ContainerArchivePath, ContainerExtractToDir): the container's root filesystem as its
// processes see it — the task's rootfs in containerd's `moby` namespace, whose writes land in
// the container's own layer. A missing container is 404 `No such container: x`; a path that is
// not there, 404 `Could not find the file /x in container b1`. Only a running container's
// filesystem is readable here: undefined otherwise (the client says it is not simulated).

import { connect, type ContainerFs } from '../../containerd/client/index';
import type { Node } from '../../node';
import { findContainer } from './lookup';

export function containerRootfs(node: Node, ref: string): ContainerFs | undefined {
  const record = findContainer(node, ref);
  if (record.state.status !== 'running' && record.state.status !== 'paused') return undefined;
  try {
    return connect(node).withNamespace('moby').containers.loadContainer(record.id).task().rootfs();
  } catch {
    return undefined;
  }
}
