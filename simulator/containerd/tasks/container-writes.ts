// What a process's writes do to the container's active snapshot, as overlayfs does them: a
// new file lands in the upper dir together with copies of its parent directories (copy-up);
// deleting something a lower layer holds leaves a whiteout, deleting something only the upper
// dir held just removes it.

import type { Node } from '../../node';
import { registerTimerKind, scheduleAt } from '../../host/scheduler';
import type { ContainerRecord } from '../metadata/schema';
import type { LayerFile } from '../../oci/blob';
import { getSnapshot, normalizePath, removeFile, snapshotFileLookup, writeFile } from '../snapshots/snapshots';
import { planOf } from './process-plan';

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

/** True when the container's snapshot can take writes now (an active snapshot). */
export function canWrite(node: Node, ns: string, container: ContainerRecord): boolean {
  return upperOf(node, ns, container) !== undefined;
}

/** Timer kind: a write or delete a process makes later in its life (after a sleep). */
const CONTAINER_CHANGE_TIMER = 'containerd.container-change';

/** A write (`file` given) or a delete of `path`, due at `atMs`, in the container's snapshot. */
export function scheduleContainerChange(node: Node, ns: string, id: string, atMs: number, change: { path: string; file?: LayerFile }): void {
  scheduleAt(node, atMs, CONTAINER_CHANGE_TIMER, { ns, id, ...change });
}

registerTimerKind(CONTAINER_CHANGE_TIMER, (node, timer) => {
  const data = timer.data ?? {};
  const ns = String(data.ns ?? '');
  const id = String(data.id ?? '');
  const containers = node.state.containerd.namespaces[ns]?.containers;
  const container = containers && Object.hasOwn(containers, id) ? containers[id] : undefined;
  const tasks = node.state.containerd.namespaces[ns]?.tasks;
  const task = tasks && Object.hasOwn(tasks, id) ? tasks[id] : undefined;
  if (!container || !task) return;
  // A process killed before its moment never wrote (its task stopped earlier).
  const stoppedAt = task.init.status === 'STOPPED' ? planOf(task.init).exitAtMs : undefined;
  if (stoppedAt !== undefined && stoppedAt < timer.atMs) return;
  const path = String(data.path ?? '');
  const lower = (p: string) => {
    try {
      return snapshotFileLookup(node, ns, container.snapshotter, container.snapshotKey)(p);
    } catch {
      return undefined;
    }
  };
  if (data.file) writeThrough(node, ns, container, path, data.file as LayerFile, lower);
  else removeThrough(node, ns, container, lower)(path);
});

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
        inLower = snapshotFileLookup(node, ns, container.snapshotter, record.parent)(p) !== undefined;
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
