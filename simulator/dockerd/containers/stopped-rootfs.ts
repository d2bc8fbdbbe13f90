// The root filesystem of a container that is not running, as `docker cp` reaches it (moby 20.10
// daemon/archive.go: the daemon mounts the container's layers for the copy whatever its state).
// The merged view is read once, with the layers mounted for the read; each write mounts them
// again for as long as it takes and lands in the container's own layer (its upper dir), where
// the next start finds it. The daemon also mounts what setupMounts gives the container: its
// /etc/hostname, /etc/hosts and /etc/resolv.conf once a start wrote them (a copy reads those,
// not the init layer's empty files), and its volumes, which are not joined here: a path inside
// a volume of a stopped container reads as the image has it.

import { overlayFiles, overlayRemove, overlayWrite, type OverlayFile } from '../../host/overlay';
import type { Node } from '../../node';
import type { ContainerFile, ContainerFs } from '../../programs/program';
import { basename, binaryToText, dirname, exists, readFile, stat } from '../../host/vfs';
import { withMountedRootfs } from '../runtime/mounted-rootfs';
import { containerDir } from '../runtime/spec';
import type { DockerContainerRecord } from '../store/container-record';

/** A ContainerFs over the layers of `record`, which is created or exited. */
export function stoppedContainerFs(node: Node, record: DockerContainerRecord): ContainerFs {
  const merged: Map<string, OverlayFile> = withMountedRootfs(node, record, (root) => overlayFiles(node, root)) ?? new Map();
  const files = node.state.host.files;
  for (const name of ['hostname', 'hosts', 'resolv.conf']) {
    const host = `${containerDir(record.id)}/${name}`;
    if (!exists(files, host)) continue;
    merged.set(`/etc/${name}`, { kind: 'file', content: binaryToText(readFile(files, host)), mode: stat(files, host).mode });
  }
  // Each directory's entries, indexed once on the first listing (a copy walks the tree, and
  // scanning every path per directory would make it quadratic); writes and removes drop it.
  let children: Map<string, string[]> | undefined;
  const childrenOf = (path: string): string[] => {
    if (!children) {
      children = new Map();
      for (const p of merged.keys()) {
        if (p === '/') continue;
        const parent = dirname(p);
        const names = children.get(parent);
        if (names) names.push(basename(p));
        else children.set(parent, [basename(p)]);
      }
      // Bytewise, as the ContainerFs contract says (UTF-16 order agrees for these names).
      for (const names of children.values()) names.sort();
    }
    return children.get(path) ?? [];
  };
  return {
    lookup: (path) => merged.get(path) as ContainerFile | undefined,
    list: (path) => (merged.get(path)?.kind === 'dir' ? [...childrenOf(path)] : undefined),
    write: (path, file) => {
      const written = withMountedRootfs(node, record, (root) => overlayWrite(node, root, path, file));
      if (written) {
        merged.set(path, { ...file });
        children = undefined;
      }
      return written;
    },
    remove: (path) => {
      const removed = withMountedRootfs(node, record, (root) => overlayRemove(node, root, path));
      if (removed) {
        for (const p of [...merged.keys()]) if (p === path || p.startsWith(`${path}/`)) merged.delete(p);
        children = undefined;
      }
      return removed;
    },
  };
}
