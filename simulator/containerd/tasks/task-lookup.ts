// Finding a task's record and reading its state, with nothing of the shim's machinery: the
// cgroup files and metrics a container's processes read need these, and the shim (tasks.ts,
// runc.ts) builds those processes' file views, so they live apart to keep the imports acyclic.

import type { Node } from '../../node';
import { isNotFound, notFound } from '../../errdefs/errdefs';
import type { TaskRecord, TaskStatus } from '../metadata/schema';
import { getNamespace, validateRequestNamespace } from '../namespaces/namespaces';
import { liveHelpers, planOf } from './process-plan';
import { refreshTask } from './task-clock';

/** The task's status as `ctr t ls` shows it. */
export function taskStatus(task: TaskRecord): TaskStatus {
  if (task.init.status === 'STOPPED') return 'STOPPED';
  if (task.paused) return 'PAUSED';
  return task.init.status;
}

export function tasksOf(node: Node, ns: string): Record<string, TaskRecord> {
  return getNamespace(node, ns)?.tasks ?? {};
}

/** The task of container `id`, brought up to date. Throws notFound `task <id> not found`. */
export function getTask(node: Node, ns: string, id: string): TaskRecord {
  validateRequestNamespace(ns);
  const task = Object.hasOwn(tasksOf(node, ns), id) ? tasksOf(node, ns)[id] : undefined;
  if (!task) throw notFound(`task ${id} not found`);
  refreshTask(node, ns, task);
  return task;
}

/** Like getTask, but a container without a task gives undefined instead of notFound. */
export function findTask(node: Node, ns: string, id: string): TaskRecord | undefined {
  try {
    return getTask(node, ns, id);
  } catch (err) {
    if (!isNotFound(err)) throw err;
    return undefined;
  }
}

/** PIDs in the task's cgroup (`ctr t ps`): execs carry their exec id. Sorted by PID. */
export function taskPids(node: Node, ns: string, id: string): Array<{ pid: number; execId?: string }> {
  const task = getTask(node, ns, id);
  const rows: Array<{ pid: number; execId?: string }> = [];
  if (task.init.status !== 'STOPPED') {
    rows.push({ pid: task.init.pid });
    for (const h of liveHelpers(planOf(task.init), node.nowMs())) rows.push({ pid: h.pid });
  }
  for (const [execId, p] of Object.entries(task.execs)) {
    if (p.status === 'STOPPED') continue;
    rows.push({ pid: p.pid, execId });
    // What an exec forked (its shell's jobs) is in the cgroup too, with no exec id of its own.
    for (const h of liveHelpers(planOf(p), node.nowMs())) rows.push({ pid: h.pid });
  }
  return rows.sort((a, b) => a.pid - b.pid);
}
