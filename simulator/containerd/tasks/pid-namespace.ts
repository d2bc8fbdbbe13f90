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

/** The running task whose init owns the namespace `container` joins; undefined for its own. */
export function pidNamespaceOwner(node: Node, ns: string, container: ContainerRecord): TaskRecord | undefined {
  const path = joinedPath(container);
  if (!path) return undefined;
  const hostPid = Number(JOINED.exec(path)?.[1]);
  const tasks = node.state.containerd.namespaces[ns]?.tasks ?? {};
  return Object.values(tasks).find((t) => t.init.pid === hostPid && t.init.status !== 'STOPPED');
}

/** Every task whose processes share `owner`'s namespace: the owner, then those that joined it. */
export function tasksSharing(node: Node, ns: string, owner: TaskRecord): TaskRecord[] {
  const bucket = node.state.containerd.namespaces[ns];
  if (!bucket) return [owner];
  const path = `/proc/${owner.init.pid}/ns/pid`;
  const joined = Object.values(bucket.tasks).filter((t) => t !== owner && joinedPath(bucket.containers[t.containerId]) === path);
  return [owner, ...joined];
}
