// runc creates each mount's destination in the container's rootfs before it mounts there
// (MkdirAll, mode 0755). The rootfs is the container's snapshot, so a task's first start leaves
// those directories in the snapshot's upper dir: busybox has no /run, and after one start its
// snapshot holds /run (`ctr snapshots usage` 8.0 KiB / 2 inodes, as the recorded node shows).

import type { Node } from '../../node';
import type { ContainerRecord } from '../metadata/schema';
import type { LayerFile } from '../../oci/blob';
import { normalizePath, snapshotFileLookup, writeFile } from '../snapshots/files';
import { isBindMount } from './runc-checks';
import { mkdir } from '../../host/vfs';
import { overlayAt } from '../../host/overlay';

/**
 * Image builders (docker, buildkit) leave /proc and /sys in every image they write, and the
 * recorded busybox has them (only /run appears after a start); the simulated catalogue's file
 * lists are samples that may leave them out, so they count as present.
 */
const BUILDER_DIRS = new Set(['/proc', '/sys']);

/** Creates the missing mount points of `container`'s spec, then its working directory, in its snapshot. */
export function createMountpoints(node: Node, ns: string, container: ContainerRecord): void {
  const root = rootOf(node, ns, container);
  if (!root) return;
  // What this start made or assumed, over the snapshot as it was.
  const made = new Map<string, LayerFile>();
  if (container.snapshotKey) for (const dir of BUILDER_DIRS) if (!root.get(dir)) made.set(dir, { kind: 'dir', mode: 0o555 });
  const files = { get: (path: string) => made.get(path) ?? root.get(path) };
  const seconds = Math.floor(node.nowMs() / 1000);
  const mounted: string[] = [];
  for (const m of container.spec.mounts) {
    const destination = normalizePath(m.destination);
    // A point below an earlier mount (/dev/pts under the /dev tmpfs) is made on that mount.
    const onMount = mounted.some((d) => destination.startsWith(d === '/' ? '/' : `${d}/`));
    mounted.push(destination);
    // A bind mount's point is a file or a directory depending on its host source; those are
    // left to the mount code that reads the host.
    if (onMount || isBindMount(m)) continue;
    mkdirAll(destination);
  }
  // Then prepareRootfs makes the process's working directory (MkdirAll 0755; runc 1.1.5 here
  // made a missing /nope/deeper). On a mount point it lands on that mount, not in the snapshot.
  const cwd = normalizePath(container.spec.process.cwd || '/');
  if (!mounted.some((d) => cwd === d || cwd.startsWith(d === '/' ? '/' : `${d}/`))) mkdirAll(cwd);

  function mkdirAll(destination: string): void {
    const parts = destination.split('/').filter(Boolean);
    for (let i = 1; i <= parts.length; i++) {
      const path = `/${parts.slice(0, i).join('/')}`;
      const existing = files.get(path);
      // An existing entry (a directory, or a symlink the kernel follows) needs nothing.
      if (existing) {
        // A file on the way fails MkdirAll (runc.ts reports it); a symlink the kernel follows.
        if (existing.kind !== 'dir') break;
        continue;
      }
      const dir: LayerFile = { kind: 'dir', mode: 0o755, mtime: seconds };
      root?.write(path, dir);
      made.set(path, dir);
    }
  }
}

/**
 * Where runc makes the mount points: the container's snapshot, or the node's directory that
 * `ctr run --rootfs` named (runc's MkdirAll lands there on the node). A root that is an overlay
 * its owner mounted (dockerd's) has them from its init layer.
 */
function rootOf(node: Node, ns: string, container: ContainerRecord): { get(path: string): LayerFile | undefined; write(path: string, dir: LayerFile): void } | undefined {
  if (container.snapshotKey) {
    return {
      get: snapshotFileLookup(node, ns, container.snapshotter, container.snapshotKey),
      write: (path, dir) => writeFile(node, ns, container.snapshotter, container.snapshotKey, path, dir),
    };
  }
  const root = container.spec.root?.path;
  if (!root?.startsWith('/') || overlayAt(node, root)) return undefined;
  const files = node.state.host.files;
  const onHost = (path: string) => `${root === '/' ? '' : root}${path}`;
  return {
    get: (path) => {
      const e = files[onHost(path)];
      return e ? { kind: e.kind, mode: e.mode } : undefined;
    },
    write: (path, dir) => mkdir(files, onHost(path), { mode: dir.mode, mtimeMs: node.nowMs(), parents: true }),
  };
}
