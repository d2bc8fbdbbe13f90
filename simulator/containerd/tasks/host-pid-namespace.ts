// A task whose spec has no pid namespace (oci.WithHostNamespace(specs.PIDNamespace): `nerdctl
// run --pid host`, `docker run --pid host`, a pod with hostPID) lives in the node's own: runc
// makes no namespace, so its processes keep their host PIDs and busybox `ps` inside lists the
// node's processes — systemd as PID 1, the kernel's thread parent, the running daemons, every
// task's shim (given as the PID before its init, as `nerdctl top` gives it) and processes.

import type { Node } from '../../node';
import type { ProcessEntry } from '../../programs/program';
import { UNIT_DEFINITIONS, isActive, mainPid } from '../../host/systemd';
import type { ContainerRecord, ProcessRecord, TaskRecord } from '../metadata/schema';
import { liveHelpers, planOf, type ProcessHelper, type ProcessPlan } from './process-plan';
import { helperParent, helperUser } from './task-processes';

const CONTAINERD_ADDRESS = '/run/containerd/containerd.sock';

/** True when the spec leaves the pid namespace out: the task shares the node's. */
export function inHostPidNamespace(container: ContainerRecord): boolean {
  const namespaces = container.spec.linux?.namespaces;
  return namespaces !== undefined && !namespaces.some((n) => n.type === 'pid');
}

/**
 * Called with each process of the node's PID namespace in turn, its PID first and its row made
 * only on request; returning true stops the walk (the PID looked for is found).
 */
type HostProcessVisitor = (pid: number, row: () => ProcessEntry) => boolean;

function shimRow(ns: string, task: TaskRecord): ProcessEntry {
  return { pid: task.init.pid - 1, ppid: 1, user: 'root', args: ['/usr/bin/containerd-shim-runc-v2', '-namespace', ns, '-id', task.containerId, '-address', CONTAINERD_ADDRESS] };
}

/** The live helpers of live process `p` (nginx's workers), read without the whole plan for each of a thousand processes. */
function helpersOf(p: ProcessRecord, nowMs: number): ProcessHelper[] {
  const helpers = (p.programState as { helpers?: ProcessPlan['helpers'] } | undefined)?.helpers;
  return helpers === undefined || helpers.length === 0 ? [] : liveHelpers({ helpers }, nowMs);
}

/** The process's PID inside its own namespace, which its forks name as their parent. */
function innerPidOf(p: ProcessRecord): number {
  return (p.programState as { innerPid?: number } | undefined)?.innerPid ?? 1;
}

/**
 * The one walk over the node's processes that both hostProcesses (every row, for ps) and
 * isHostPid (one PID, for every start of a pod's container) make: systemd, kthreadd, the active
 * units' main PIDs, then each live task's shim (given as the PID before its init, as `nerdctl
 * top` gives it), its processes and their helpers. True when the visitor stopped it.
 */
function walkHostProcesses(node: Node, visit: HostProcessVisitor, starting?: { ns: string; task: TaskRecord }): boolean {
  if (visit(1, () => ({ pid: 1, user: 'root', args: ['/sbin/init'], comm: 'systemd' }))) return true;
  // A kernel thread has no command line: ps shows its name in brackets.
  if (visit(2, () => ({ pid: 2, user: 'root', args: ['[kthreadd]'] }))) return true;
  for (const unit of UNIT_DEFINITIONS) {
    const state = node.state.host.units[unit.name];
    if (!state || !isActive(node, unit.name)) continue;
    const pid = mainPid(state);
    if (visit(pid, () => ({ pid, ppid: 1, user: 'root', args: unit.command.split(' ') }))) return true;
  }
  // The task being created is not stored yet, but its shim runs.
  if (starting && visit(starting.task.init.pid - 1, () => shimRow(starting.ns, starting.task))) return true;
  const nowMs = node.nowMs();
  // runc starts an init and an exec as the shim's children; a fork's parent is what forked it.
  const visitProcess = (p: ProcessRecord | undefined, shim: number): boolean => {
    if (!p || p.status === 'STOPPED' || p.args.length === 0) return false;
    if (visit(p.pid, () => ({ pid: p.pid, ppid: shim, user: 'root', args: planOf(p).title ?? p.args }))) return true;
    const live = helpersOf(p, nowMs);
    for (const h of live) {
      if (visit(h.pid, () => ({ pid: h.pid, ppid: helperParent(h, innerPidOf(p), p.pid, live), user: helperUser(h), args: h.args }))) return true;
    }
    return false;
  };
  for (const ns in node.state.containerd.namespaces) {
    const tasks = node.state.containerd.namespaces[ns]?.tasks ?? {};
    for (const id in tasks) {
      const task = tasks[id];
      if (!task || task.init.status === 'STOPPED' || task.init.pid <= 0) continue;
      if (visit(task.init.pid - 1, () => shimRow(ns, task))) return true;
      if (visitProcess(task.init, task.init.pid - 1)) return true;
      for (const execId in task.execs) if (visitProcess(task.execs[execId], task.init.pid - 1)) return true;
    }
  }
  return false;
}

/** The node's processes as a process in its PID namespace sees them, by PID. */
export function hostProcesses(node: Node, starting?: { ns: string; task: TaskRecord }): ProcessEntry[] {
  const rows: ProcessEntry[] = [];
  walkHostProcesses(node, (_pid, row) => rows.push(row()) < 0, starting);
  // One row a PID, the first given (a stable sort keeps it first): a Set, not a search a row.
  const seen = new Set<number>();
  return rows.sort((a, b) => a.pid - b.pid).filter((p) => !seen.has(p.pid) && seen.add(p.pid) !== undefined);
}

/**
 * True when `pid` is one of hostProcesses' PIDs, found without making their rows: every start of
 * a pod's container asks for its pause's PID (namespace-paths.ts), on nodes with a thousand tasks.
 */
export function isHostPid(node: Node, pid: number): boolean {
  return walkHostProcesses(node, (each) => each === pid);
}
