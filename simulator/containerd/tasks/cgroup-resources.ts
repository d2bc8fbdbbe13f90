// The resources a task's cgroup holds: the spec's at creation, changed in place by the tasks
// service's Update (containerd 1.6 services/tasks → the shim's Update → `runc update -r -`).
// runc update takes a field only when the request carries it, and its cgroup v1 manager then
// writes only non-zero values (a period or quota of 0 leaves the file as it is); a pids limit
// of -1 lifts the limit. A change of the container's spec leaves a live task's cgroup alone; the
// Update itself, and what runc refuses in it, is update-resources.ts.

import type { Node } from '../../node';
import { getContainer } from '../containers/containers';

/** specs.LinuxResources, the parts a cgroup v1 manager writes. */
export interface CgroupResources {
  memory?: { limit?: number; reservation?: number; swap?: number; kernel?: number; swappiness?: number; disableOOMKiller?: boolean };
  cpu?: { shares?: number; quota?: number; period?: number; cpus?: string; mems?: string };
  pids?: { limit?: number };
  blockIO?: { weight?: number };
}

function specResources(node: Node, ns: string, id: string): CgroupResources {
  return (getContainer(node, ns, id).spec.linux as { resources?: CgroupResources } | undefined)?.resources ?? {};
}

/** What the cgroup of container `id`'s task holds now (the spec's until an Update). */
export function liveResources(node: Node, ns: string, id: string): CgroupResources {
  const task = node.state.containerd.namespaces[ns]?.tasks[id];
  return (task?.resources as CgroupResources | undefined) ?? specResources(node, ns, id);
}

/**
 * Before a container's spec changes under a live task: the task's cgroup keeps what it holds
 * (the containers service stores records; only the task service's Update reaches the cgroup).
 */
export function holdTaskResources(node: Node, ns: string, id: string): void {
  const task = node.state.containerd.namespaces[ns]?.tasks[id];
  if (!task || task.resources || task.init.status === 'STOPPED') return;
  task.resources = structuredClone(specResources(node, ns, id)) as Record<string, unknown>;
}
