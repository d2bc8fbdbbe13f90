// Processes end by simulated time. A process that will exit on its own has a timer at that
// moment (the node's scheduler runs it, so /tasks/exit is published when it happens, whether
// or not anyone is looking), and whenever a task is read or acted on, every process whose
// planned exit time has passed is brought up to date too: both paths stop a process once.
// When the init process ends, the kernel kills everything else in the PID namespace
// (SIGKILL, exit 137).

import type { Node } from '../../node';
import { randomInt } from '../../host/random';
import { registerTimerKind, scheduleAt } from '../../host/scheduler';
import { publishEvent } from '../events/events';
import { rfc3339Nano } from '../events/timestamp';
import type { ProcessRecord, TaskRecord } from '../metadata/schema';
import { planOf, setPlan } from './process-plan';
import { adoptOrphans } from './orphans';

/** Exit code of a process killed by signal `number`. */
export function signalExitCode(number: number): number {
  return 128 + number;
}

/** The exit time with a seeded sub-millisecond part, like every containerd timestamp here. */
function exitedAt(node: Node, ms: number): string {
  return rfc3339Nano({ ms: Math.floor(ms), subNanos: randomInt(node.state.random, 0, 999_999) });
}

/** Marks `p` stopped at `atMs` with `code` and publishes /tasks/exit. */
export function stopProcess(node: Node, ns: string, task: TaskRecord, p: ProcessRecord, atMs: number, code: number): void {
  if (p.status === 'STOPPED') return;
  p.status = 'STOPPED';
  p.exitStatus = code;
  p.exitedAt = exitedAt(node, atMs);
  const plan = planOf(p);
  plan.exitAtMs = atMs;
  plan.exitCode = code;
  // An exec's forks that outlive it go on under PID 1.
  if (p !== task.init && task.init.status !== 'STOPPED' && plan.helpers.length > 0) {
    const initPlan = planOf(task.init);
    plan.helpers = adoptOrphans(plan.helpers, initPlan, atMs);
    setPlan(task.init, initPlan);
  }
  setPlan(p, plan);
  const body: Record<string, unknown> = { container_id: task.containerId, id: p.execId || task.containerId, pid: p.pid };
  if (code !== 0) body.exit_status = code;
  body.exited_at = p.exitedAt;
  publishEvent(node, ns, '/tasks/exit', body);
  if (p === task.init) {
    for (const exec of Object.values(task.execs)) stopProcess(node, ns, task, exec, atMs, signalExitCode(9));
    killJoinedPidNamespace(node, p.pid, atMs);
  }
}

/**
 * When the init of a PID namespace dies the kernel SIGKILLs every process in it, including the
 * tasks whose spec joined that namespace (`/proc/<pid>/ns/pid`): a CRI pod's containers when
 * its pause process goes.
 */
function killJoinedPidNamespace(node: Node, initPid: number, atMs: number): void {
  const path = `/proc/${initPid}/ns/pid`;
  for (const [ns, bucket] of Object.entries(node.state.containerd.namespaces)) {
    for (const other of Object.values(bucket.tasks)) {
      if (other.init.status === 'STOPPED') continue;
      const spec = bucket.containers[other.containerId]?.spec;
      if (!spec?.linux?.namespaces?.some((n) => n.type === 'pid' && n.path === path)) continue;
      stopProcess(node, ns, other, other.init, atMs, signalExitCode(9));
    }
  }
}

/** Brings `task` up to the node's current time. A paused (frozen) task does not progress. */
export function refreshTask(node: Node, ns: string, task: TaskRecord): void {
  if (task.paused) return;
  const now = node.nowMs();
  // Listing thousands of tasks reads each one: the common answer, nothing due, costs no allocation.
  if (!isDue(task.init, now) && !anyExecDue(task, now)) return;
  const due = [task.init, ...Object.values(task.execs)]
    .filter((p) => p.status === 'RUNNING')
    .map((p) => ({ p, plan: planOf(p) }))
    .filter(({ plan }) => plan.exitAtMs !== undefined && plan.exitAtMs <= now)
    .sort((a, b) => (a.plan.exitAtMs ?? 0) - (b.plan.exitAtMs ?? 0));
  for (const { p, plan } of due) stopProcess(node, ns, task, p, plan.exitAtMs ?? now, plan.exitCode ?? 0);
}

function isDue(p: ProcessRecord, now: number): boolean {
  if (p.status !== 'RUNNING') return false;
  const at = (p.programState as { exitAtMs?: number } | undefined)?.exitAtMs;
  return at !== undefined && at <= now;
}

function anyExecDue(task: TaskRecord, now: number): boolean {
  for (const id in task.execs) if (isDue(task.execs[id] as ProcessRecord, now)) return true;
  return false;
}

/** Timer kind: a process of a task reaches its planned exit. */
const TASK_EXIT_TIMER = 'containerd.task-exit';

/**
 * The task a timer of this layer names by `{ ns, id }` in its data; undefined once it is gone
 * (deleted before the timer came due), or when saved data was tampered with.
 */
export function timerTask(node: Node, data: Readonly<Record<string, unknown>> | undefined): { ns: string; task: TaskRecord } | undefined {
  const ns = String(data?.ns ?? '');
  const id = String(data?.id ?? '');
  const tasks = node.state.containerd.namespaces[ns]?.tasks;
  return tasks && Object.hasOwn(tasks, id) ? { ns, task: tasks[id] as TaskRecord } : undefined;
}

registerTimerKind(TASK_EXIT_TIMER, (node, timer) => {
  const found = timerTask(node, timer.data);
  if (found) refreshTask(node, found.ns, found.task);
});

/** Makes the scheduler bring task `id` of `ns` up to date at `atMs` (a process's planned exit). */
export function scheduleTaskExit(node: Node, ns: string, id: string, atMs: number): void {
  scheduleAt(node, atMs, TASK_EXIT_TIMER, { ns, id });
}
