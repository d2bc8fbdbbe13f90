// StopContainer as containerd 1.6.20 does it (pkg/cri/server/container_stop.go): nothing to
// do unless the container runs; with a timeout the image's stop signal (SIGTERM by default)
// first, and SIGKILL once `timeout` seconds passed without an exit; with 0, SIGKILL at once.
// The exit itself is recorded by the event monitor (container-exit.ts), which the kill's
// /tasks/exit reaches before the kill returns.

import { isNotFound, plain, wrapf } from '../../errdefs/errdefs';
import { parseSignal, type Task } from '../../containerd/client/index';
import type { CriCall } from '../api/services';
import type { CriContext } from '../context';
import { getContainerRecord, type CriContainerRecord } from './container-store';
import { deleteExitedTask } from './container-exit';

function loadTask(ctx: CriContext, id: string): Task | undefined {
  try {
    return ctx.k8s.containers.loadContainer(id).task();
  } catch (err) {
    if (isNotFound(err)) return undefined;
    throw wrapf(err, `failed to get task for container ${JSON.stringify(id)}`);
  }
}

function kill(task: Task, signal: string, context: string): void {
  try {
    task.kill(parseSignal(signal));
  } catch (err) {
    if (!isNotFound(err)) throw wrapf(err, context);
  }
}

/**
 * waitContainerStop: lets the task catch up with the node's time (a planned exit that fell
 * due is published), and once the monitor recorded the exit, its deletion of the task is
 * done too, as the real stop returns only after the monitor handled the exit.
 */
function exited(ctx: CriContext, record: CriContainerRecord): boolean {
  if (!isExited(record)) {
    try {
      ctx.k8s.containers.loadContainer(record.id).task().status();
    } catch {
      // No task: nothing more will be published.
    }
  }
  if (!isExited(record)) return false;
  deleteExitedTask(ctx, record.id);
  return true;
}

/** Read anew each time: the event monitor changes the record under our feet. */
function isExited(record: CriContainerRecord): boolean {
  return record.state === 'CONTAINER_EXITED';
}

/** criService.stopContainer(ctx, container, timeout). */
export async function stopContainerRecord(ctx: CriContext, record: CriContainerRecord, timeoutS: number, call?: CriCall): Promise<void> {
  const id = record.id;
  if (record.state !== 'CONTAINER_RUNNING' && record.state !== 'CONTAINER_UNKNOWN') return;
  const task = loadTask(ctx, id);
  if (!task) return;
  if (timeoutS > 0) {
    const stopSignal = record.stopSignal || 'SIGTERM';
    try {
      parseSignal(stopSignal);
    } catch (err) {
      throw wrapf(err, `failed to parse stop signal ${JSON.stringify(stopSignal)}`);
    }
    kill(task, stopSignal, `failed to stop container ${JSON.stringify(id)}`);
    if (!exited(ctx, record)) {
      await call?.wait?.(timeoutS * 1000);
      if (exited(ctx, record)) return;
    } else return;
  }
  kill(task, 'SIGKILL', `failed to kill container ${JSON.stringify(id)}`);
  if (!exited(ctx, record)) {
    throw plain(`an error occurs during waiting for container ${JSON.stringify(id)} to be killed: wait container ${JSON.stringify(id)}: context deadline exceeded`);
  }
}

export async function stopContainer(ctx: CriContext, req: { containerId: string; timeout: number }, call?: CriCall): Promise<void> {
  let record: CriContainerRecord;
  try {
    record = getContainerRecord(ctx, req.containerId);
  } catch (err) {
    throw wrapf(err, `an error occurred when try to find container ${JSON.stringify(req.containerId)}`);
  }
  await stopContainerRecord(ctx, record, Number(req.timeout) || 0, call);
}
