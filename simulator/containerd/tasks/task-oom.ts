// The shim's OOM watch (containerd 1.6.20 runtime/v2/runc/v2 service.go: an epoll on the
// cgroup's memory.oom_control, pkg/oom/v1): when a process of the task reaches the cgroup's
// memory limit the kernel's OOM killer SIGKILLs it and the shim publishes TaskOOM,
// /tasks/oom {container_id}. The CRI plugin marks the container's reason OOMKilled on it.

import type { Node } from '../../node';
import { registerTimerKind, scheduleAt } from '../../host/scheduler';
import { publishEvent } from '../events/events';
import type { ContainerRecord } from '../metadata/schema';
import { liveResources } from './cgroup-resources';

const TASK_OOM_TIMER = 'containerd.task-oom';

registerTimerKind(TASK_OOM_TIMER, (node, timer) => {
  publishEvent(node, String(timer.data?.ns ?? ''), '/tasks/oom', { container_id: String(timer.data?.id ?? '') });
});

/** Publishes the task's TaskOOM at `atMs` (scheduled before its exit at the same moment). */
export function scheduleTaskOom(node: Node, ns: string, containerId: string, atMs: number): void {
  scheduleAt(node, atMs, TASK_OOM_TIMER, { ns, id: containerId });
}

/**
 * memory.limit_in_bytes of the task's cgroup as it is now; undefined: unlimited, or the OOM
 * killer disabled (a process at the limit then waits in the kernel instead of dying).
 */
export function memoryLimitOf(node: Node, ns: string, container: ContainerRecord): number | undefined {
  const memory = liveResources(node, ns, container.id).memory;
  return memory?.limit !== undefined && memory.limit > 0 && memory.disableOOMKiller !== true ? memory.limit : undefined;
}
