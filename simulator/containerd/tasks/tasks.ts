// The tasks service with the runc v2 shim behind it: a task is the running side of a
// container (its init process plus exec'd processes), with the shim's state machine —
// CREATED → RUNNING ⇄ PAUSED → STOPPED — and its error words. Task state is not in bolt on a
// real node (it lives in the shim); here it sits in the namespace's `tasks` map.

import type { Node } from '../../node';
import { randomInt } from '../../host/random';
import type { OutputChunk } from '../../programs/program';
import { getContainer } from '../containers/containers';
import { alreadyExists, failedPrecondition, isNotFound, notFound, unknown, wrapf } from '../../errdefs/errdefs';
import { publishEvent } from '../events/events';
import { nowRfc3339Nano } from '../events/timestamp';
import type { ContainerRecord, TaskRecord, TaskStatus } from '../metadata/schema';
import { getNamespace, validateRequestNamespace } from '../namespaces/namespaces';
import { snapshotMounts } from '../snapshots/mounts';
import { getSnapshot } from '../snapshots/snapshots';
import { planOf, setPlan } from './process-plan';
import { checkShimBinary } from './shim-binary';
import { NeverStarted, spawnProcess, type Spawned } from './runc';
import { leaveStaleBundle, refuseStaleBundle } from './stale-bundle';
import { refreshTask } from './task-clock';
import { followIntoLogFile } from './shim-log-file';
import { repeatingOutputOf } from './process-output';
import { recordLayer } from '../../trace/call-path';
import { findTask, getTask, taskPids, taskStatus, tasksOf } from './task-lookup';

export { findTask, getTask, taskPids, taskStatus };

export const SHIM_STATE_DIR = '/run/containerd/io.containerd.runtime.v2.task';

/**
 * What the client's container.Task() does: the container must exist (`container "x" in
 * namespace "default": not found`), then its task (`no running task found: task x not found`).
 */
export function loadTask(node: Node, ns: string, id: string): { container: ContainerRecord; task: TaskRecord } {
  const container = getContainer(node, ns, id);
  try {
    return { container, task: getTask(node, ns, id) };
  } catch (err) {
    throw wrapf(err, 'no running task found');
  }
}

/** All tasks of `ns`, up to date, in the shim manager's (unsorted) order. */
export function listTasks(node: Node, ns: string): TaskRecord[] {
  validateRequestNamespace(ns);
  const tasks = Object.values(tasksOf(node, ns));
  for (const t of tasks) refreshTask(node, ns, t);
  return tasks;
}

export interface TaskIO {
  /** Bytes ctr feeds to stdin before EOF; undefined keeps stdin open and silent. */
  stdin: string | undefined;
  /** The data is not followed by EOF: ctr never closes the init process's stdin. */
  stdinOpen?: boolean;
  /**
   * The spec's createRuntime hook as runc runs it: once the init process has its PID and
   * namespaces, before it execs the program (nerdctl's CNI setup, so the process sees its
   * interfaces from its first instant). A throw is the hook's failure, its message what runc
   * reports after `error running hook #0: `.
   */
  createRuntime?: (pid: number) => void;
  /**
   * What the client does between NewTask and Start (ctr's WritePidFile of --pid-file, in
   * cmd/ctr/commands/run/run.go and tasks/start.go @v1.6.20). A throw leaves the task CREATED:
   * runc init holds its PID and never runs the program, and startNewTask throws that error.
   */
  beforeStart?: (pid: number) => void;
  /**
   * --log-uri file:///path: the shim writes stdout and stderr into this file (its directory
   * made by the caller) as the process writes them, and nothing comes back (shim-log-file.ts).
   */
  logFile?: string;
}

/**
 * Creates and starts the task of container `id` (what `ctr t start` and `ctr run` do) and
 * returns what the process printed at start-up. Throws notFound for the container,
 * alreadyExists (`task s1: already exists`) and runc's unknown errors (missing binary).
 */
export function startNewTask(node: Node, ns: string, id: string, io: TaskIO): { task: TaskRecord; out: OutputChunk[] } {
  const container = getContainer(node, ns, id);
  const tasks = getNamespace(node, ns)?.tasks;
  if (!tasks) throw notFound(`task ${id} not found`);
  if (Object.hasOwn(tasks, id)) throw alreadyExists(`task ${id}`);
  // The client asks the snapshotter for the rootfs mounts before it creates the task.
  if (container.snapshotKey && !getSnapshot(node, ns, container.snapshotter, container.snapshotKey)) {
    throw notFound(`snapshot ${container.snapshotKey} does not exist`);
  }
  refuseStaleBundle(node, ns, id);
  recordLayer(node, 'shim');
  checkShimBinary(node, container.runtime.name);
  const createdAt = nowRfc3339Nano(node);
  const task: TaskRecord = {
    containerId: id,
    init: { execId: '', pid: 0, args: [], env: [], cwd: '/', terminal: false, status: 'CREATED' },
    execs: {},
    paused: false,
    createdAt,
    cgroup: { memoryUsage: 0, memoryCache: 0, cpuUsageNs: [0, 0], pidsCurrent: 0 },
  };
  const proc = container.spec.process;
  const spec = {
    execId: '',
    args: proc.args,
    env: proc.env,
    cwd: proc.cwd,
    terminal: proc.terminal === true,
    stdin: io.stdin,
    stdinOpen: io.stdinOpen,
    user: proc.user,
    ...(io.createRuntime ? { createRuntime: io.createRuntime } : {}),
    ...(io.beforeStart ? { beforeStart: io.beforeStart } : {}),
  };
  let spawned: Spawned;
  try {
    spawned = spawnInit(node, ns, container, task, spec);
  } catch (err) {
    if (!(err instanceof NeverStarted)) throw err;
    task.init = { execId: '', pid: err.pid, args: [...proc.args], env: [...proc.env], cwd: proc.cwd, terminal: spec.terminal, status: 'CREATED' };
    // On the node it is still `runc init`, PID 1 of the new namespace, started now: nsexec named
    // it runc:[2:INIT] (busybox ps: `{runc:[2:INIT]} runc init`), and its Go runtime's threads
    // hold the next PIDs, so the first exec lands past them (6 or 7 on the real node).
    const now = node.nowMs();
    setPlan(task.init, { startedAtMs: now, program: '', handles: {}, listens: [], innerPid: 1, helpers: [], pending: [], title: ['runc', 'init'], comm: 'runc:[2:INIT]' });
    task.nextInnerPid = 2 + randomInt(node.state.random, 4, 5);
    tasks[id] = task;
    publishCreate(node, ns, container, err.pid);
    throw err.reason;
  }
  const { record } = spawned;
  let { out } = spawned;
  task.init = record;
  tasks[id] = task;
  publishCreate(node, ns, container, record.pid);
  publishEvent(node, ns, '/tasks/start', { container_id: id, pid: record.pid });
  if (io.logFile !== undefined) {
    followIntoLogFile(node, ns, id, record.pid, io.logFile, planOf(record).startedAtMs, out, repeatingOutputOf(node, record.pid));
    out = [];
  }
  refreshTask(node, ns, task);
  return { task, out };
}

/** The shim's /tasks/create event: the task exists, with its init's PID. */
function publishCreate(node: Node, ns: string, container: ContainerRecord, pid: number): void {
  const id = container.id;
  const fifoDir = `/run/containerd/fifo/${randomInt(node.state.random, 100_000_000, 4_294_967_295)}`;
  publishEvent(node, ns, '/tasks/create', {
    container_id: id,
    bundle: `${SHIM_STATE_DIR}/${ns}/${id}`,
    rootfs: safeMounts(node, ns, container),
    io: {
      stdin: `${fifoDir}/${id}-stdin`,
      stdout: `${fifoDir}/${id}-stdout`,
      stderr: `${fifoDir}/${id}-stderr`,
    },
    pid,
  });
}

/** runc create of the init process; a failure may leave the bundle behind (stale-bundle.ts). */
function spawnInit(node: Node, ns: string, container: ContainerRecord, task: TaskRecord, spec: Parameters<typeof spawnProcess>[4]): Spawned {
  try {
    return spawnProcess(node, ns, container, task, spec);
  } catch (err) {
    leaveStaleBundle(node, ns, container, err);
    throw err;
  }
}

function safeMounts(node: Node, ns: string, container: ContainerRecord): unknown[] {
  try {
    return snapshotMounts(node, ns, container.snapshotter, container.snapshotKey);
  } catch {
    return [];
  }
}

/** The exit of a deleted process, as `ctr t rm` reports it. */
export interface ExitStatus {
  pid: number;
  exitStatus: number;
  exitedAt: string;
}

/**
 * Deletes a stopped task. Throws failedPrecondition `task must be stopped before deletion:
 * running` (or `: paused`, `: created`). Publishes /tasks/delete.
 */
export function deleteTask(node: Node, ns: string, id: string): ExitStatus {
  const task = getTask(node, ns, id);
  const status = taskStatus(task);
  // The client's task.Delete lets a created task go only when it has no PID (Windows) or runs on
  // the v1 runtime (client/task.go @v1.6.20), whose shim is not installed here: runc init's
  // created task has a PID, so it stays until it is killed.
  if (status === 'RUNNING' || status === 'PAUSED' || (status === 'CREATED' && task.init.pid !== 0)) {
    throw failedPrecondition(`task must be stopped before deletion: ${status.toLowerCase()}`);
  }
  const tasks = getNamespace(node, ns)?.tasks;
  if (tasks) delete tasks[id];
  const exit: ExitStatus = { pid: task.init.pid, exitStatus: task.init.exitStatus ?? 0, exitedAt: task.init.exitedAt ?? '' };
  const body: Record<string, unknown> = { container_id: id, pid: exit.pid };
  if (exit.exitStatus !== 0) body.exit_status = exit.exitStatus;
  if (exit.exitedAt) body.exited_at = exit.exitedAt;
  publishEvent(node, ns, '/tasks/delete', body);
  return exit;
}

/** Removes a stopped exec process from the task (after ctr waited for it). */
export function deleteExec(node: Node, ns: string, id: string, execId: string): ExitStatus {
  const task = getTask(node, ns, id);
  const p = Object.hasOwn(task.execs, execId) ? task.execs[execId] : undefined;
  if (!p) throw notFound(`no running process found: process does not exist ${execId}`);
  if (p.status !== 'STOPPED') {
    throw failedPrecondition(`current process state: ${p.status.toLowerCase()}, process must be stopped before deletion`);
  }
  delete task.execs[execId];
  return { pid: p.pid, exitStatus: p.exitStatus ?? 0, exitedAt: p.exitedAt ?? '' };
}

/**
 * Freezes (`paused`) or thaws the task's cgroup, unless runc refuses in the task's current
 * status: `refusals` maps a status to runc's words (class unknown). Publishes the event.
 */
function setFrozen(node: Node, ns: string, id: string, paused: boolean, refusals: Partial<Record<TaskStatus, string>>): TaskRecord {
  const task = getTask(node, ns, id);
  const refusal = refusals[taskStatus(task)];
  if (refusal !== undefined) throw unknown(refusal);
  task.paused = paused;
  publishEvent(node, ns, paused ? '/tasks/paused' : '/tasks/resumed', { container_id: id });
  return task;
}

/** Freezes the task's cgroup. Throws runc's `cannot pause …` errors (class unknown). */
export function pauseTask(node: Node, ns: string, id: string): void {
  setFrozen(node, ns, id, true, {
    PAUSED: 'cannot pause a paused container',
    STOPPED: 'cannot pause a stopped container',
    CREATED: 'cannot pause task in created state',
  });
}

/** Thaws the task; signals sent while frozen are delivered now. */
export function resumeTask(node: Node, ns: string, id: string, deliver: (signal: string) => void): void {
  const task = setFrozen(node, ns, id, false, {
    RUNNING: 'cannot resume a running process',
    STOPPED: 'cannot resume a stopped container',
    CREATED: 'cannot resume task in created state',
  });
  const pending = planOf(task.init).pending;
  for (const signal of pending) deliver(signal);
  refreshTask(node, ns, task);
}

/** How long the shim's delete of an exited exec waits for the copy of its output (pkg/process/exec.go: waitTimeout 2 s). */
const EXEC_IO_WAIT_MS = 2000;

/**
 * When the process's output ends for whoever copies it: at its exit, or later while a process
 * it forked still holds its stdout or stderr (an exec's `sleep 3 &`) — but no later than the
 * task's init, whose end kills the rest of the PID namespace, and no more than 2 s after the
 * exit, when the shim gives up waiting and closes its side (`cut`: what the holders write from
 * then on is lost). undefined while it runs until signalled. `waitAll`: a copier that waits for
 * the last holder itself (CRI's execInternal in 1.6.20 waits on attachDone with no drain
 * timeout), so only the init's end cuts it; undefined when nothing ends the holders.
 */
export function outputEnd(node: Node, ns: string, id: string, execId = '', waitAll = false): { atMs: number; cut: boolean } | undefined {
  const exit = plannedExit(node, ns, id, execId);
  if (!exit) return undefined;
  const task = getTask(node, ns, id);
  const p = execId ? task.execs[execId] : undefined;
  const held = p ? planOf(p).outputHeldUntilMs : undefined;
  if (held === undefined || (held !== null && held <= exit.atMs) || task.init.status === 'STOPPED') return { atMs: exit.atMs, cut: false };
  const exitAt = p?.status === 'STOPPED' ? (planOf(p).exitAtMs ?? exit.atMs) : exit.atMs;
  const closed = Math.min(held ?? Number.POSITIVE_INFINITY, planOf(task.init).exitAtMs ?? Number.POSITIVE_INFINITY);
  if (waitAll) return Number.isFinite(closed) ? { atMs: Math.max(closed, exitAt), cut: false } : undefined;
  return closed <= exitAt + EXEC_IO_WAIT_MS ? { atMs: closed, cut: false } : { atMs: exitAt + EXEC_IO_WAIT_MS, cut: true };
}

/** When the process will exit (simulated ms), or undefined if only a signal ends it. */
export function plannedExit(node: Node, ns: string, id: string, execId = ''): { atMs: number; code: number } | undefined {
  const task = getTask(node, ns, id);
  const p = execId ? task.execs[execId] : task.init;
  if (!p) return undefined;
  if (p.status === 'STOPPED') return { atMs: node.nowMs(), code: p.exitStatus ?? 0 };
  const plan = planOf(p);
  return plan.exitAtMs === undefined || task.paused ? undefined : { atMs: plan.exitAtMs, code: plan.exitCode ?? 0 };
}
