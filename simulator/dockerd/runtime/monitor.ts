// dockerd's exit monitor (moby v20.10.24 daemon/monitor.go ProcessEvent, restartmanager/
// restartmanager.go): it follows containerd's /tasks/exit events in namespace moby; for a
// container's init process it cleans up (task and containerd container deleted, rootfs
// unmounted, networks released), then the restart policy decides: `always`, `unless-stopped`
// (unless a user stopped it) and `on-failure[:N]` (a non-zero code, at most N restarts) make it
// `restarting` and start it again after a delay that doubles from 100 ms (reset after 10 s
// up); otherwise an AutoRemove (--rm) container is removed. Subscriptions are not saved: the
// node's plugins install this again on load.

import type { EventEnvelope } from '../../containerd/client/index';
import { registerTimerKind, scheduleAfter } from '../../host/scheduler';
import type { Node } from '../../node';
import type { DockerContainerRecord } from '../store/container-record';
import { releaseUnusedLayers } from '../images/layers';
import { releaseRwLayer } from './rootfs';
import { cleanupAfterExit, mobyClient, MOBY_NAMESPACE, startTask } from './task';
import { forgetContainer } from '../network/endpoints';
import { DOCKER_ROOT } from '../daemon';
import { rm } from '../../host/vfs';
import { releaseMounts } from '../volumes/mounts';
import { logContainerEvent } from '../events/event-log';
import { execExited } from '../containers/exec-store';

const RESTART_TIMER = 'dockerd-restart';
const BACKOFF_START_MS = 100;
const installed = new WeakSet<Node>();
/** Exit codes of containers --rm removed, for a client still waiting on them (wait condition "removed"). */
const removedExits = new WeakMap<Node['runtime'], Map<string, number>>();

/** The exit code a removed --rm container ended with, if it was removed at its exit. */
export function removedExitCode(node: Node, id: string): number | undefined {
  return removedExits.get(node.runtime)?.get(id);
}

interface RestartPolicy {
  Name?: string;
  MaximumRetryCount?: number;
}

function policyOf(record: DockerContainerRecord): RestartPolicy {
  return (record.hostConfig.RestartPolicy as RestartPolicy | undefined) ?? {};
}

/** restartmanager.ShouldRestart. */
function shouldRestart(record: DockerContainerRecord, exitCode: number): boolean {
  if (record.manuallyStopped) return false;
  const policy = policyOf(record);
  switch (policy.Name) {
    case 'always':
    case 'unless-stopped':
      return true;
    case 'on-failure': {
      const max = policy.MaximumRetryCount ?? 0;
      return exitCode !== 0 && (max === 0 || record.restartCount < max);
    }
    default:
      return false;
  }
}

/** What stays of a removed container: nothing (daemon/delete.go cleanupContainer). */
export function destroyContainer(node: Node, record: DockerContainerRecord): void {
  logContainerEvent(node, record, 'destroy');
  forgetContainer(node, record);
  releaseRwLayer(node, record);
  delete node.state.dockerd.containers[record.id];
  // The last container on an image `docker rmi -f` deleted takes that image's layers with it.
  releaseUnusedLayers(node);
  rm(node.state.host.files, `${DOCKER_ROOT}/containers/${record.id}`, { recursive: true, force: true });
}

/** handleContainerExit for the container's init process. */
export function handleExit(node: Node, record: DockerContainerRecord, exitCode: number, atMs: number): void {
  const wasRunning = record.state.status === 'running' || record.state.status === 'paused';
  cleanupAfterExit(node, record, exitCode, atMs);
  if (!wasRunning) return;
  if (shouldRestart(record, exitCode)) {
    record.state.status = 'restarting';
    const backoff = Math.min(BACKOFF_START_MS * 2 ** Math.min(record.restartCount, 20), 60_000);
    scheduleAfter(node, backoff, RESTART_TIMER, { id: record.id });
    return;
  }
  if (record.hostConfig.AutoRemove === true) autoRemove(node, record, exitCode);
}

/**
 * --rm's removal (ContainerRm with RemoveVolume): at its exit (daemon/monitor.go), and after a
 * start that failed (daemon/start.go containerStart's deferred cleanup); the exit code stays
 * known to a client still waiting on it.
 */
export function autoRemove(node: Node, record: DockerContainerRecord, exitCode: number): void {
  let exits = removedExits.get(node.runtime);
  if (!exits) removedExits.set(node.runtime, (exits = new Map()));
  exits.set(record.id, exitCode);
  destroyContainer(node, record);
  releaseMounts(node, record.id, true);
}

registerTimerKind(RESTART_TIMER, (node, timer) => {
  const id = timer.data?.id;
  const record = typeof id === 'string' ? node.state.dockerd.containers[id] : undefined;
  if (!record || record.state.status !== 'restarting') return;
  record.restartCount += 1;
  try {
    whileStarting(node, record.id, () => startTask(node, record, { stdin: '', stdinOpen: false }));
  } catch {
    // The start failed: it stays exited with the error (the real monitor logs it).
    record.state.status = 'exited';
  }
});

function exitStatusOf(e: EventEnvelope): number {
  const code = e.event.exit_status;
  return typeof code === 'number' ? code : 0;
}

/**
 * Containers being started right now: an exit published while their task is still being made
 * (a process that ends at once, `echo hello`) waits until the start is complete, as the real
 * daemon handles the event after ContainerStart returned.
 */
const starting = new WeakMap<Node['runtime'], Map<string, { code: number; atMs: number } | null>>();

function startingOf(node: Node): Map<string, { code: number; atMs: number } | null> {
  let m = starting.get(node.runtime);
  if (!m) starting.set(node.runtime, (m = new Map()));
  return m;
}

/** Runs `start` for `id` with its exit, if one comes meanwhile, handled after it. */
export function whileStarting<T>(node: Node, id: string, start: () => T): T {
  const pending = startingOf(node);
  pending.set(id, null);
  let result: T;
  try {
    result = start();
  } finally {
    const exit = pending.get(id);
    pending.delete(id);
    const record = node.state.dockerd.containers[id];
    if (exit && record) handleExit(node, record, exit.code, exit.atMs);
  }
  return result;
}

/** Starts following moby's task exits on `node` (once). */
export function startExitMonitor(node: Node): void {
  if (installed.has(node)) return;
  installed.add(node);
  mobyClient(node).events.subscribe([`topic=="/tasks/exit",namespace==${JSON.stringify(MOBY_NAMESPACE)}`], (e) => {
    const id = typeof e.event.container_id === 'string' ? e.event.container_id : '';
    if (id === '') return;
    const record = node.state.dockerd.containers[id];
    if (e.event.id !== id) {
      // An exec's process ended (daemon/monitor.go ProcessEvent): its code in the exec store
      // (whatever became of its container meanwhile), and `exec_die`.
      execExited(node, String(e.event.id ?? ''), exitStatusOf(e));
      if (record) logContainerEvent(node, record, 'exec_die', { execID: String(e.event.id ?? ''), exitCode: String(exitStatusOf(e)) });
      return;
    }
    if (!record) return;
    const pending = startingOf(node);
    if (pending.has(id)) {
      pending.set(id, { code: exitStatusOf(e), atMs: node.nowMs() });
      return;
    }
    handleExit(node, record, exitStatusOf(e), node.nowMs());
  });
}
