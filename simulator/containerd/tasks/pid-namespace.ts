// Which PID namespace a task's processes live in. A task whose spec joins another process's
// namespace (`/proc/<pid>/ns/pid`, as the CRI plugin makes a pod's containers join their pause
// process's) shares it: PIDs inside come from one counter (the pause is PID 1, the containers'
// processes follow), and `ps` in any of them lists them all.

import type { Node } from '../../node';
import type { ContainerRecord, TaskRecord } from '../metadata/schema';

const JOINED = /^\/proc\/(\d+)\/ns\/pid$/;

/** The pid path `container`'s spec joins, if any. */
function joinedPath(container: ContainerRecord | undefined): string | undefined {
  return container?.spec.linux?.namespaces?.find((n) => n.type === 'pid' && n.path !== undefined && JOINED.test(n.path))?.path;
}

/** The task of `ns` whose init runs as host PID `pid` (the owner of /proc/<pid>/ns/…), if it runs. */
export function liveTaskWithInitPid(node: Node, ns: string, pid: number): TaskRecord | undefined {
  const tasks = node.state.containerd.namespaces[ns]?.tasks;
  // A loop, not Object.values(...).find: a pod's every start asks, on nodes with a thousand tasks.
  for (const id in tasks) {
    const t = tasks[id];
    if (t && t.init.pid === pid && t.init.status !== 'STOPPED') return t;
  }
  return undefined;
}

/** The running task whose init owns the namespace `container` joins; undefined for its own. */
export function pidNamespaceOwner(node: Node, ns: string, container: ContainerRecord): TaskRecord | undefined {
  const path = joinedPath(container);
  if (!path) return undefined;
  return liveTaskWithInitPid(node, ns, Number(JOINED.exec(path)?.[1]));
}

/** True when `joinedPath(container) === path` for a `path` of JOINED's form, without a regex a namespace. */
function joins(container: ContainerRecord | undefined, path: string): boolean {
  for (const n of container?.spec.linux?.namespaces ?? []) {
    if (n.type !== 'pid' || n.path === undefined) continue;
    if (n.path === path) return true;
    if (JOINED.test(n.path)) return false;
  }
  return false;
}

/** Every task whose processes share `owner`'s namespace: the owner, then those that joined it. */
export function tasksSharing(node: Node, ns: string, owner: TaskRecord): TaskRecord[] {
  const bucket = node.state.containerd.namespaces[ns];
  if (!bucket) return [owner];
  const path = `/proc/${owner.init.pid}/ns/pid`;
  const sharing = [owner];
  for (const id in bucket.tasks) {
    const t = bucket.tasks[id];
    if (t && t !== owner && joins(bucket.containers[t.containerId], path)) sharing.push(t);
  }
  return sharing;
}
