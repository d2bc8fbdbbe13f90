// The processes of a task as the node sees them (`nerdctl top`, `runc ps`): each live process
// of the task's cgroup with its host PID, its parent (the shim for the init and for an exec,
// which runc starts as the shim's children; the process that forked it for a job or an nginx
// worker), its user, its command line and when it started.

import type { Node } from '../../node';
import { liveHelpers, planOf, type ProcessHelper } from './process-plan';
import { getTask } from './task-lookup';

export interface TaskProcessRow {
  pid: number;
  ppid: number;
  user: string;
  args: readonly string[];
  startedAtMs: number;
  terminal: boolean;
}

/**
 * The host PID of a helper's parent: the process itself (`pid`, in its namespace `innerPid`)
 * or another of its live forks (a job's own job).
 */
export function helperParent(h: ProcessHelper, innerPid: number, pid: number, live: readonly ProcessHelper[]): number {
  return h.parent === undefined || h.parent === innerPid ? pid : (live.find((o) => o.innerPid === h.parent)?.pid ?? pid);
}

/** A helper without a parent is a server's worker (nginx's, as the image's user); a fork is root's. */
export function helperUser(h: ProcessHelper): string {
  return h.parent === undefined ? 'nginx' : 'root';
}

/** The task's live processes, by PID. Throws notFound for a container without a task. */
export function taskProcessRows(node: Node, ns: string, id: string): TaskProcessRow[] {
  const task = getTask(node, ns, id);
  const rows: TaskProcessRow[] = [];
  // The shim is given as the PID before its init (host-pid-namespace.ts).
  const shim = task.init.pid - 1;
  for (const p of [task.init, ...Object.values(task.execs)]) {
    if (p.status === 'STOPPED' || p.args.length === 0) continue;
    const plan = planOf(p);
    rows.push({ pid: p.pid, ppid: shim, user: 'root', args: plan.title ?? [...p.args], startedAtMs: plan.startedAtMs, terminal: p.terminal === true });
    const live = liveHelpers(plan, node.nowMs());
    for (const h of live) {
      rows.push({ pid: h.pid, ppid: helperParent(h, plan.innerPid, p.pid, live), user: helperUser(h), args: [...h.args], startedAtMs: plan.startedAtMs, terminal: false });
    }
  }
  return rows.sort((a, b) => a.pid - b.pid);
}
