// A task bundle that outlives its failed task. The runtime makes the bundle dir
// (/run/containerd/io.containerd.runtime.v2.task/<ns>/<id>, with an empty rootfs/ in it) before
// it starts the shim, and removes it when the task goes — rootfs/ with os.Remove, which only
// takes an empty dir (runtime/v2/bundle.go Delete @v1.6.20). A container with a snapshot has its
// rootfs mounted there, and after the unmount the dir is empty again. A container from a spec
// file with a relative root.path has none: runc creates the spec's mount points (proc, dev,
// sys, …) inside the bundle's own rootfs/, so once runc got that far and failed, the delete
// fails, the dir stays until the node reboots (/run is a tmpfs), and every later task of the
// same id in that namespace fails at the bundle's mkdir — even after `ctr c rm` and a new
// container of the same name.

import type { Node } from '../../node';
import { unknown } from '../../errdefs/errdefs';
import { exists, mkdir } from '../../host/vfs';
import type { ContainerRecord } from '../metadata/schema';
import { failedDuringStart } from './runc';

const BUNDLES = '/run/containerd/io.containerd.runtime.v2.task';

function bundleDir(ns: string, id: string): string {
  return `${BUNDLES}/${ns}/${id}`;
}

/** NewBundle's mkdir: a bundle left behind for this id makes the task fail before its shim starts. */
export function refuseStaleBundle(node: Node, ns: string, id: string): void {
  const dir = bundleDir(ns, id);
  if (exists(node.state.host.files, dir)) throw unknown(`failed to start shim: mkdir ${dir}: file exists`);
}

/**
 * After runc create failed once it had set the root filesystem up: a container whose rootfs is
 * the bundle's own dir keeps that dir, with the mount points runc made in it.
 */
export function leaveStaleBundle(node: Node, ns: string, container: ContainerRecord, err: unknown): void {
  if (container.snapshotKey !== '' || (container.spec.root?.path ?? '').startsWith('/')) return;
  if (!failedDuringStart(err)) return;
  const rootfs = `${bundleDir(ns, container.id)}/rootfs`;
  const files = node.state.host.files;
  const mtimeMs = node.nowMs();
  mkdir(files, rootfs, { parents: true, mode: 0o711, mtimeMs });
  for (const m of container.spec.mounts) {
    if (m.destination.startsWith('/')) mkdir(files, `${rootfs}${m.destination}`, { parents: true, mode: 0o755, mtimeMs });
  }
}
