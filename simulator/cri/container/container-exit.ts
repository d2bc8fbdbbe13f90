// handleContainerExit of containerd 1.6.20's event monitor (pkg/cri/server/events.go): a
// TaskExit whose id is a CRI container's makes it EXITED with the exit status and time, and
// the task is deleted (WithProcessKill), which is why `ctr -n k8s.io t ls` no longer lists an
// exited CRI container. A /tasks/oom marks the reason OOMKilled first (handled there too).
//
// The real monitor runs beside whoever caused the exit: `ctr t rm -f` of a CRI container kills
// the task and deletes it itself, and the monitor's own Delete then finds nothing. So the
// record changes at once but the deletion waits for a timer due now (the node runs it before
// the next line or while time passes); CRI calls that wait for the monitor, as StopContainer
// does, delete the stopped task themselves (deleteExitedTask), which the timer then skips.

import { registerTimerKind, scheduleAt } from '../../host/scheduler';
import type { CriContext } from '../context';
import { criContext } from '../context';
import { containerRecords } from './container-store';
import { fromRfc3339 } from './cri-time';
import { drainContainerLog } from '../logs/container-logger';

const OOM_EXIT_REASON = 'OOMKilled';
const DELETE_TIMER = 'cri.container-exit-delete';

/** Deletes the task of `id` if one is left (a stopped one), as the monitor does after an exit. */
export function deleteExitedTask(ctx: CriContext, id: string): void {
  try {
    const task = ctx.k8s.containers.loadContainer(id).task();
    if (task.status() !== 'STOPPED') return;
    task.delete({ processKill: true });
  } catch {
    // Already gone (or the container too): the monitor moves on to the status update.
  }
}

registerTimerKind(DELETE_TIMER, (node, timer) => {
  const id = String(timer.data?.id ?? '');
  if (Object.hasOwn(node.state.cri.containers, id)) deleteExitedTask(criContext(node), id);
});

/** A /tasks/exit of k8s.io; returns whether it was a CRI container's. */
export function handleContainerExit(ctx: CriContext, event: Record<string, unknown>): boolean {
  const id = String(event.id ?? '');
  const record = containerRecords(ctx)[id];
  if (!record) return false;
  scheduleAt(ctx.node, ctx.node.nowMs(), DELETE_TIMER, { id });
  if (!record.finishedAt) {
    record.pid = 0;
    record.finishedAt = fromRfc3339(ctx.node, event.exited_at);
    record.exitCode = Number(event.exit_status ?? 0);
  }
  if (!record.startedAt) record.startedAt = record.finishedAt;
  record.state = 'CONTAINER_EXITED';
  drainContainerLog(ctx.node, id);
  return true;
}

/** A /tasks/oom of k8s.io (handled in the same monitor): the reason becomes OOMKilled. */
export function handleContainerOom(ctx: CriContext, event: Record<string, unknown>): boolean {
  const record = containerRecords(ctx)[String(event.container_id ?? '')];
  if (!record) return false;
  record.reason = OOM_EXIT_REASON;
  return true;
}
