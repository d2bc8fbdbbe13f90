// StartContainer as containerd 1.6.20 does it (pkg/cri/server/container_start.go): only a
// CREATED container starts; its pod must be ready; the log file is opened, the task created
// and started through containerd, and the process's output copied into the CRI log file.
// A failure after the starting state was set leaves the container EXITED with exit code 128,
// reason StartError and the error as message, as the real deferred status update does.

import { ContainerdError, plain, wrapf } from '../../errdefs/errdefs';
import type { CriContext } from '../context';
import { isVfsError, mkdir } from '../../host/vfs';
import { openContainerLog, startLogging } from '../logs/container-logger';
import { getContainerRecord, type CriContainerRecord } from './container-store';
import { nowNanoTime } from './cri-time';
import { getSandboxRecord } from './sandbox-lookup';
import { deleteExitedTask } from './container-exit';

const ERROR_START_EXIT_CODE = 128;
const ERROR_START_REASON = 'StartError';

/** criContainerStateToString. */
function stateWord(state: CriContainerRecord['state']): string {
  return state;
}

export function startContainer(ctx: CriContext, containerId: string): void {
  let record: CriContainerRecord;
  try {
    record = getContainerRecord(ctx, containerId);
  } catch (err) {
    throw wrapf(err, `an error occurred when try to find container ${JSON.stringify(containerId)}`);
  }
  const id = record.id;
  // setContainerStarting
  if (record.state !== 'CONTAINER_CREATED') {
    throw plain(`failed to set starting state for container ${JSON.stringify(id)}: container is in ${stateWord(record.state)} state`);
  }
  if (record.removing) throw plain(`failed to set starting state for container ${JSON.stringify(id)}: container is in removing state, can't be started`);
  try {
    launch(ctx, record);
  } catch (err) {
    if (!(err instanceof ContainerdError) && !(err instanceof Error && err.message.startsWith('failed to create and open log file'))) throw err;
    record.pid = 0;
    record.finishedAt = nowNanoTime(ctx.node);
    record.exitCode = ERROR_START_EXIT_CODE;
    record.reason = ERROR_START_REASON;
    record.message = err.message;
    record.state = 'CONTAINER_EXITED';
    throw err instanceof ContainerdError ? err : plain(err.message);
  }
}

/**
 * openLogFile's first step (helpers_linux.go:155-160 @v1.6.20): os.MkdirAll of the log's
 * directory, mode 0755, so a pod's log_directory need not exist beforehand.
 */
function makeLogDirectory(ctx: CriContext, logPath: string): void {
  const dir = logPath.slice(0, logPath.lastIndexOf('/')) || '/';
  try {
    mkdir(ctx.node.state.host.files, dir, { parents: true, mode: 0o755, mtimeMs: ctx.node.nowMs() });
  } catch (err) {
    if (!isVfsError(err)) throw err;
    throw new Error(`failed to create and open log file: ${err.message}`);
  }
}

function launch(ctx: CriContext, record: CriContainerRecord): void {
  const id = record.id;
  let sandbox;
  try {
    sandbox = getSandboxRecord(ctx, record.sandboxId);
  } catch (err) {
    throw wrapf(err, `sandbox ${JSON.stringify(record.sandboxId)} not found`);
  }
  if (sandbox.state !== 'SANDBOX_READY') throw plain(`sandbox container ${JSON.stringify(sandbox.id)} is not running`);
  if (record.logPath !== '') {
    try {
      makeLogDirectory(ctx, record.logPath);
      openContainerLog(ctx, record.logPath);
    } catch (err) {
      throw plain(`failed to create container loggers: ${(err as Error).message}`);
    }
  }
  const container = ctx.k8s.containers.loadContainer(id);
  let started;
  try {
    // Without config.stdin the plugin makes no stdin fifo and the shim gives the process
    // /dev/null: a shell reads EOF at once (busybox's default CMD `sh` exits 0, Completed).
    const stdin = record.config.stdin === true;
    started = container.newTask({ stdin: stdin ? undefined : '', stdinOpen: stdin });
  } catch (err) {
    throw wrapf(err, 'failed to create containerd task');
  }
  startLogging(ctx, id, started.process, record.logPath, { out: started.out, tty: record.config.tty === true });
  // A process that ended at once was recorded EXITED by the event monitor meanwhile.
  if (record.state === 'CONTAINER_CREATED') {
    record.state = 'CONTAINER_RUNNING';
    record.pid = started.process.pid();
    record.startedAt = nowNanoTime(ctx.node);
  }
  if (record.state === 'CONTAINER_EXITED') deleteExitedTask(ctx, id);
}
