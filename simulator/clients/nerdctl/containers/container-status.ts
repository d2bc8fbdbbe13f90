// What nerdctl 0.22.2 says of a container's state: formatter.ContainerStatus for ps
// (pkg/formatter/formatter.go:38-75@v0.22.2: "Up", "Created" without a task, "Exited (<code>)
// <age> ago", "Restarting (<code>) …" while the restart monitor means to start it again, else
// the task's status title-cased), the restart package's Reconcile (runtime/restart as vendored:
// "always" / "" restart, "on-failure" below its retries, "unless-stopped" unless stopped by
// hand), and formatter.TimeSinceInHuman ("<go-units HumanDuration> ago").

import type { Container, ContainerInfo, NamespacedClient, ProcessState, TaskStatus } from '../../../containerd/client/index';
import { humanDuration } from '../../../cli/units';
import { RESTART_LABEL } from './nerdctl-labels';

/** A container's task as nerdctl reads it: undefined when there is none. */
export interface TaskView {
  status: TaskStatus;
  pid: number;
  exitStatus: number;
  /** Node-clock ms of the exit (stopped tasks). */
  exitAtMs?: number;
}

/** container.Task(ctx, nil) then Status: undefined when containerd has no task. */
export function taskView(container: Container): TaskView | undefined {
  let task;
  try {
    task = container.task();
  } catch {
    return undefined;
  }
  const status = task.status();
  let state: ProcessState | undefined;
  try {
    state = task.state();
  } catch {
    state = undefined;
  }
  return { status, pid: task.pid(), exitStatus: state?.exitStatus ?? 0, exitAtMs: state?.exitAtMs };
}

/** formatter.TimeSinceInHuman: `About a minute ago`, `5 seconds ago`. */
export function timeSinceInHuman(nowMs: number, sinceMs: number): string {
  return `${humanDuration(nowMs - sinceMs)} ago`;
}

/** restart.Reconcile: whether the monitor would start a stopped task again. */
export function restartReconciles(exitStatus: number, labels: Readonly<Record<string, string>>): boolean {
  const [name = '', retries] = (labels[RESTART_LABEL.policy] ?? '').split(':');
  switch (name) {
    case '':
    case 'always':
      return true;
    case 'on-failure': {
      const count = Number(labels[RESTART_LABEL.count] ?? '0') || 0;
      const max = Number(retries ?? '0') || 0;
      return exitStatus !== 0 && (max === 0 || count < max);
    }
    case 'unless-stopped':
      return labels[RESTART_LABEL.explicitlyStopped] !== 'true';
    default:
      return false;
  }
}

function titleCase(status: string): string {
  const lower = status.toLowerCase();
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

/** formatter.ContainerStatus. */
export function containerStatus(container: Container, nowMs: number): string {
  return statusText(taskView(container), container.info().labels, nowMs);
}

/**
 * ContainerStatus for many containers at once (ps): the namespace's tasks listed once
 * (TaskService().List), a stopped task's exit read only for it.
 */
export function containerStatuses(client: NamespacedClient, nowMs: number): (info: ContainerInfo) => string {
  const tasks = new Map(client.tasks.list().map((t) => [t.id, t]));
  return (info) => {
    const listed = tasks.get(info.id);
    if (!listed) return 'Created';
    if (listed.status !== 'STOPPED') return statusText({ status: listed.status, pid: listed.pid, exitStatus: 0 }, info.labels, nowMs);
    return statusText(taskView(client.containers.loadContainer(info.id)), info.labels, nowMs);
  };
}

function statusText(task: TaskView | undefined, labels: Readonly<Record<string, string>>, nowMs: number): string {
  if (!task) return 'Created';
  switch (task.status) {
    case 'STOPPED': {
      const age = timeSinceInHuman(nowMs, task.exitAtMs ?? nowMs);
      if (labels[RESTART_LABEL.status] === 'running' && restartReconciles(task.exitStatus, labels)) return `Restarting (${task.exitStatus}) ${age}`;
      return `Exited (${task.exitStatus}) ${age}`;
    }
    case 'RUNNING':
      return 'Up';
    default:
      return titleCase(task.status);
  }
}
