// handleContainerExit of containerd 1.6.20's event monitor (pkg/cri/server/events.go): a
// TaskExit whose id is a CRI container's makes it EXITED with the exit status and time, and
// the task is deleted (WithProcessKill), which is why `ctr -n k8s.io t ls` no longer lists an
// exited CRI container. A /tasks/oom marks the reason OOMKilled first (handled there too).
//
// While StartContainer is between creating the task and recording RUNNING, a process that
// exits at once is recorded here but its task is left for StartContainer to delete once it
// has taken the process's output for the log (the real monitor runs after Start returns).

import type { CriContext } from '../context';
import { containerRecords } from './container-store';
import { fromRfc3339 } from './cri-time';

const OOM_EXIT_REASON = 'OOMKilled';

const starting = new WeakMap<object, Set<string>>();

function startingOf(ctx: CriContext): Set<string> {
  let set = starting.get(ctx.node.state);
  if (!set) starting.set(ctx.node.state, (set = new Set()));
  return set;
}

/** Marks container `id` as being started (StartContainer's starting state) while `fn` runs. */
export function whileStarting<T>(ctx: CriContext, id: string, fn: () => T): T {
  const set = startingOf(ctx);
  set.add(id);
  try {
    return fn();
  } finally {
    set.delete(id);
  }
}

/** Deletes the task of `id` if one is left (a stopped one), as the monitor does after an exit. */
export function deleteExitedTask(ctx: CriContext, id: string): void {
  try {
    ctx.k8s.containers.loadContainer(id).task().delete({ processKill: true });
  } catch {
    // Already gone (or the container too): the monitor moves on to the status update.
  }
}

/** A /tasks/exit of k8s.io; returns whether it was a CRI container's. */
export function handleContainerExit(ctx: CriContext, event: Record<string, unknown>): boolean {
  const id = String(event.id ?? '');
  const record = containerRecords(ctx)[id];
  if (!record) return false;
  if (!startingOf(ctx).has(id)) deleteExitedTask(ctx, id);
  if (!record.finishedAt) {
    record.pid = 0;
    record.finishedAt = fromRfc3339(ctx.node, event.exited_at);
    record.exitCode = Number(event.exit_status ?? 0);
  }
  if (!record.startedAt) record.startedAt = record.finishedAt;
  record.state = 'CONTAINER_EXITED';
  return true;
}

/** A /tasks/oom of k8s.io (handled in the same monitor): the reason becomes OOMKilled. */
export function handleContainerOom(ctx: CriContext, event: Record<string, unknown>): boolean {
  const record = containerRecords(ctx)[String(event.container_id ?? '')];
  if (!record) return false;
  record.reason = OOM_EXIT_REASON;
  return true;
}
