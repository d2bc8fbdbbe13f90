// daemon.Mount / daemon.Unmount around a read of a container's root filesystem (moby 20.10
// daemon/export.go containerExport, daemon/archive.go): the graph driver mounts the container's
// read-write layer over its image layers for as long as the read lasts, whether the container
// runs or not. A running container's overlay is already mounted and stays so; a created or
// exited one gets it for the call only, so `docker export` and `docker cp` work on both.

import type { Node } from '../../node';
import { imageLayers } from '../images/layers';
import type { DockerContainerRecord } from '../store/container-record';
import { mountedRootfsPath, mountRootfs, unmountRootfs } from './rootfs';

/** Calls `read` with the path of `record`'s merged rootfs, mounted for the call if it was not. */
export function withMountedRootfs<T>(node: Node, record: DockerContainerRecord, read: (root: string) => T): T {
  const running = record.state.status === 'running' || record.state.status === 'paused';
  const mounted = running ? mountedRootfsPath(record) : undefined;
  if (mounted !== undefined) return read(mounted);
  const root = mountRootfs(node, record, imageLayers(node, record.imageId));
  try {
    return read(root);
  } finally {
    unmountRootfs(node, record);
  }
}
