// What a process's writes do to the container's active snapshot, as overlayfs does them: a
// new file lands in the upper dir together with copies of its parent directories (copy-up);
// deleting something a lower layer holds leaves a whiteout, deleting something only the upper
// dir held just removes it.

import type { Node } from '../../node';
import type { ContainerRecord, LayerFile } from '../metadata/schema';
import { getSnapshot, normalizePath, removeFile, snapshotFiles, writeFile } from '../snapshots/snapshots';

/** The upper dir of the container's snapshot, or undefined when it cannot take writes. */
function upperOf(node: Node, ns: string, container: ContainerRecord): Record<string, LayerFile | null> | undefined {
  if (!container.snapshotKey) return undefined;
  const record = getSnapshot(node, ns, container.snapshotter, container.snapshotKey);
  if (record?.kind !== 'Active') return undefined;
  return (record.upper ??= {});
}

function copyUpParents(node: Node, ns: string, container: ContainerRecord, upper: Record<string, LayerFile | null>, p: string, lower: (p: string) => LayerFile | undefined): void {
  const parts = p.split('/').filter(Boolean);
  for (let i = 1; i < parts.length; i++) {
    const dir = `/${parts.slice(0, i).join('/')}`;
    if (upper[dir] || !container.snapshotKey) continue;
    writeFile(node, ns, container.snapshotter, container.snapshotKey, dir, lower(dir) ?? { kind: 'dir', mode: 0o755 });
  }
}

/** Writes `file` at `path` with its parents copied up; false when there is no active snapshot. */
export function writeThrough(node: Node, ns: string, container: ContainerRecord, path: string, file: LayerFile, lower: (p: string) => LayerFile | undefined): boolean {
  const upper = upperOf(node, ns, container);
  if (!upper || !container.snapshotKey) return false;
  const p = normalizePath(path);
  copyUpParents(node, ns, container, upper, p, lower);
  writeFile(node, ns, container.snapshotter, container.snapshotKey, p, file);
  return true;
}

/** Deletes `path` (and all below it); false when there is no active snapshot. */
export function removeThrough(node: Node, ns: string, container: ContainerRecord, lower: (p: string) => LayerFile | undefined): ((path: string) => boolean) {
  return (path) => {
    const upper = upperOf(node, ns, container);
    const key = container.snapshotKey;
    if (!upper || !key) return false;
    const p = normalizePath(path);
    const record = getSnapshot(node, ns, container.snapshotter, key);
    let inLower = false;
    if (record?.parent) {
      try {
        inLower = snapshotFiles(node, ns, container.snapshotter, record.parent)[p] !== undefined;
      } catch {
        inLower = false;
      }
    }
    if (inLower) copyUpParents(node, ns, container, upper, p, lower);
    removeFile(node, ns, container.snapshotter, key, p);
    // Only what a lower layer holds needs a whiteout to stay hidden.
    if (!inLower) delete upper[p];
    return true;
  };
}
