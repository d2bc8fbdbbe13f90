// What runc itself knows of the containers the runc v2 shim made: its state directory per
// namespace (`--root /run/containerd/runc/<ns>`; dockerd gives its shims
// /var/run/docker/runtime-runc, so the moby namespace's lives there), and in it each task's id,
// init PID, status, bundle and creation time (libcontainer's state.json). The node's `runc`
// reads it here, as the binary reads those files, whether or not containerd runs. What runc
// does behind the shim's back (a `runc delete`) the shim learns only from the process's exit.

import type { Node } from '../../node';
import type { ContainerRecord, TaskRecord } from '../metadata/schema';
import { SHIM_STATE_DIR } from './tasks';
import { refreshTask } from './task-clock';
import { taskPids, taskStatus } from './task-lookup';
import { type TaskProcessRow, taskProcessRows } from './task-processes';
import { killTask } from './kill';
import type { Signal } from '../../host/signals';

const CONTAINERD_RUNC_ROOT = '/run/containerd/runc';
/** moby's daemon/daemon_unix.go: the runtime's root is <exec-root>/runtime-runc. */
const DOCKER_RUNC_ROOT = '/run/docker/runtime-runc';
const DOCKER_NAMESPACE = 'moby';

export type RuncStatus = 'created' | 'running' | 'paused' | 'stopped';

/** One container as `runc list` / `runc state` report it. */
export interface RuncContainer {
  ns: string;
  id: string;
  /** 0 once the init has exited, as runc reports a stopped container. */
  pid: number;
  status: RuncStatus;
  bundle: string;
  rootfs: string;
  ociVersion: string;
  /** RFC3339Nano, UTC. */
  created: string;
  annotations: Record<string, string>;
}

/** The namespace whose shims keep their runc state under `root` (a cleaned absolute path). */
function namespaceAt(node: Node, root: string): string | undefined {
  const path = root.replace(/^\/var\/run\//, '/run/');
  const slash = path.lastIndexOf('/');
  const parent = path.slice(0, slash);
  const ns = path.slice(slash + 1);
  if (!Object.hasOwn(node.state.containerd.namespaces, ns)) return undefined;
  if (parent === DOCKER_RUNC_ROOT) return ns === DOCKER_NAMESPACE ? ns : undefined;
  return parent === CONTAINERD_RUNC_ROOT && ns !== DOCKER_NAMESPACE ? ns : undefined;
}

function statusOf(task: TaskRecord): RuncStatus {
  const status = taskStatus(task);
  return status === 'STOPPED' ? 'stopped' : status === 'PAUSED' ? 'paused' : status === 'CREATED' ? 'created' : 'running';
}

function describe(ns: string, container: ContainerRecord, task: TaskRecord): RuncContainer {
  const bundle = `${SHIM_STATE_DIR}/${ns}/${task.containerId}`;
  const status = statusOf(task);
  const root = container.spec.root.path;
  // A Go map: encoding/json writes its keys sorted.
  const given = (container.spec as { annotations?: Record<string, string> }).annotations ?? {};
  const annotations = Object.fromEntries(Object.entries(given).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return {
    ns,
    id: task.containerId,
    pid: status === 'stopped' ? 0 : task.init.pid,
    status,
    bundle,
    rootfs: root.startsWith('/') ? root : `${bundle}/${root}`,
    ociVersion: container.spec.ociVersion,
    created: task.createdAt,
    annotations,
  };
}

/** The task `id` of namespace `ns` as runc knows it (none before a task, none after runc delete). */
function entryOf(node: Node, ns: string, id: string): RuncContainer | undefined {
  const namespace = node.state.containerd.namespaces[ns];
  const task = namespace?.tasks[id];
  const container = namespace?.containers[id];
  if (!task || !container || task.runcDeleted) return undefined;
  refreshTask(node, ns, task);
  return describe(ns, container, task);
}

/** The containers runc lists under `root`, by id (a directory's entries, sorted). */
export function runcContainers(node: Node, root: string): RuncContainer[] {
  const ns = namespaceAt(node, root);
  if (ns === undefined) return [];
  const ids = Object.keys(node.state.containerd.namespaces[ns]?.tasks ?? {}).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return ids.flatMap((id) => entryOf(node, ns, id) ?? []);
}

/** The container `id` under `root`, or undefined (runc: `container does not exist`). */
export function runcContainer(node: Node, root: string, id: string): RuncContainer | undefined {
  const ns = namespaceAt(node, root);
  return ns === undefined || !Object.hasOwn(node.state.containerd.namespaces[ns]?.tasks ?? {}, id) ? undefined : entryOf(node, ns, id);
}

/**
 * runc delete: its state directory goes. The shim still holds the task (`ctr t ls` lists it,
 * stopped, until `ctr t rm`, whose own runc delete finds nothing and carries on).
 */
export function forgetRuncContainer(node: Node, c: RuncContainer): void {
  const task = node.state.containerd.namespaces[c.ns]?.tasks[c.id];
  if (task) task.runcDeleted = true;
}

/** The PIDs in the container's cgroup (none once its init has exited and took the rest). */
export function runcPids(node: Node, c: RuncContainer): number[] {
  return c.status === 'stopped' ? [] : taskPids(node, c.ns, c.id).map((p) => p.pid);
}

/** The processes of a live container, for `runc ps`'s host ps. */
export function runcProcesses(node: Node, c: RuncContainer): TaskProcessRow[] {
  return c.status === 'stopped' ? [] : taskProcessRows(node, c.ns, c.id);
}

/** runc kill: the signal to the init, or to every process with `all`, as the shim would send it. */
export function runcSignal(node: Node, c: RuncContainer, signal: Signal, all: boolean): void {
  killTask(node, c.ns, c.id, signal, { all });
}
