// A task whose spec has no pid namespace (oci.WithHostNamespace(specs.PIDNamespace): `nerdctl
// run --pid host`, `docker run --pid host`, a pod with hostPID) lives in the node's own: runc
// makes no namespace, so its processes keep their host PIDs and busybox `ps` inside lists the
// node's processes — systemd as PID 1, the kernel's thread parent, the running daemons, every
// task's shim (given as the PID before its init, as `nerdctl top` gives it) and processes.

import type { Node } from '../../node';
import type { ProcessEntry } from '../../programs/program';
import { UNIT_DEFINITIONS, isActive, mainPid } from '../../host/systemd';
import type { ContainerRecord, ProcessRecord, TaskRecord } from '../metadata/schema';
import { planOf, type ProcessPlan } from './process-plan';

const CONTAINERD_ADDRESS = '/run/containerd/containerd.sock';

/** True when the spec leaves the pid namespace out: the task shares the node's. */
export function inHostPidNamespace(container: ContainerRecord): boolean {
  const namespaces = container.spec.linux?.namespaces;
  return namespaces !== undefined && !namespaces.some((n) => n.type === 'pid');
}

/** The node's processes as a process in its PID namespace sees them, by PID. */
export function hostProcesses(node: Node, starting?: { ns: string; task: TaskRecord }): ProcessEntry[] {
  const rows: ProcessEntry[] = [
    { pid: 1, user: 'root', args: ['/sbin/init'], comm: 'systemd' },
    // A kernel thread has no command line: ps shows its name in brackets.
    { pid: 2, user: 'root', args: ['[kthreadd]'] },
  ];
  for (const unit of UNIT_DEFINITIONS) {
    const state = node.state.host.units[unit.name];
    if (state && isActive(node, unit.name)) rows.push({ pid: mainPid(state), user: 'root', args: unit.command.split(' ') });
  }
  const shim = (ns: string, task: TaskRecord): ProcessEntry => ({ pid: task.init.pid - 1, user: 'root', args: ['/usr/bin/containerd-shim-runc-v2', '-namespace', ns, '-id', task.containerId, '-address', CONTAINERD_ADDRESS] });
  // The task being created is not stored yet, but its shim runs.
  if (starting) rows.push(shim(starting.ns, starting.task));
  for (const [ns, bucket] of Object.entries(node.state.containerd.namespaces)) {
    for (const task of Object.values(bucket.tasks)) {
      if (task.init.status === 'STOPPED' || task.init.pid <= 0) continue;
      rows.push(shim(ns, task));
      for (const p of [task.init, ...Object.values(task.execs)]) {
        if (p.status === 'STOPPED' || p.args.length === 0) continue;
        const plan = planOf(p);
        rows.push({ pid: p.pid, user: 'root', args: plan.title ?? p.args });
        for (const h of plan.helpers) rows.push({ pid: h.pid, user: 'nginx', args: h.args });
      }
    }
  }
  // One row a PID, the first given (a stable sort keeps it first): a Set, not a search a row.
  const seen = new Set<number>();
  return rows.sort((a, b) => a.pid - b.pid).filter((p) => !seen.has(p.pid) && seen.add(p.pid) !== undefined);
}

/**
 * True when `pid` is one of hostProcesses' PIDs, found without listing them: every start of a
 * pod's container asks for its pause's PID (namespace-paths.ts), on nodes with a thousand tasks.
 */
export function isHostPid(node: Node, pid: number): boolean {
  if (pid === 1 || pid === 2) return true;
  for (const unit of UNIT_DEFINITIONS) {
    const state = node.state.host.units[unit.name];
    if (state && isActive(node, unit.name) && mainPid(state) === pid) return true;
  }
  for (const bucket of Object.values(node.state.containerd.namespaces)) {
    for (const id in bucket.tasks) {
      const task = bucket.tasks[id];
      if (!task || task.init.status === 'STOPPED' || task.init.pid <= 0) continue;
      // The shim's PID, then the processes'.
      if (task.init.pid - 1 === pid || runsAs(task.init, pid)) return true;
      for (const execId in task.execs) if (runsAs(task.execs[execId], pid)) return true;
    }
  }
  return false;
}

/** True when live process `p` or one of its helpers (nginx's workers) is `pid`. */
function runsAs(p: ProcessRecord | undefined, pid: number): boolean {
  if (!p || p.status === 'STOPPED' || p.args.length === 0) return false;
  if (p.pid === pid) return true;
  // planOf's helpers, read without making the whole plan for each of a thousand processes.
  const helpers = (p.programState as { helpers?: ProcessPlan['helpers'] } | undefined)?.helpers;
  return helpers !== undefined && helpers.some((h) => h.pid === pid);
}
