// HEAD/GET/PUT /containers/{id}/archive (moby 20.10 daemon/archive.go ContainerStatPath,
// ContainerArchivePath, ContainerExtractToDir): the container's root filesystem as its
// processes see it — the task's rootfs in containerd's `moby` namespace, whose writes land in
// the container's own layer. A missing container is 404 `No such container: x`; a path that is
// not there, 404 `Could not find the file /x in container b1`. A created or exited container's
// layers are read and written as the daemon mounts them for the copy (stopped-rootfs.ts). A
// --read-only root filesystem takes no extraction outside its volumes.

import { connect, type ContainerFs } from '../../containerd/client/index';
import type { Node } from '../../node';
import { findContainer } from './lookup';
import { stoppedContainerFs } from './stopped-rootfs';
import { inspectContainer } from './inspect';

export function containerRootfs(node: Node, ref: string): ContainerFs | undefined {
  const record = findContainer(node, ref);
  if (record.state.status !== 'running' && record.state.status !== 'paused') return stoppedContainerFs(node, record);
  try {
    return connect(node).withNamespace('moby').containers.loadContainer(record.id).task().rootfs();
  } catch {
    return undefined;
  }
}

/** GraphDriver.Data.MergedDir: where the daemon's lstat of an archive path is rooted (its error messages name it). */
export function containerMergedDir(node: Node, ref: string): string {
  const data = (inspectContainer(node, ref).GraphDriver as { Data: { MergedDir: string } }).Data;
  return data.MergedDir;
}

/**
 * containerExtractToDir's last check (daemon/archive.go@v20.10.24): `dir`, the directory the
 * archive is extracted into, lies on a --read-only root filesystem and in no volume or bind mount.
 */
export function extractsOntoReadOnlyRootfs(node: Node, ref: string, dir: string): boolean {
  const record = findContainer(node, ref);
  if (record.hostConfig.ReadonlyRootfs !== true) return false;
  const mounts = (inspectContainer(node, ref).Mounts as Array<{ Destination: string }> | null) ?? [];
  return !mounts.some((m) => dir === m.Destination || dir.startsWith(`${m.Destination}/`));
}
