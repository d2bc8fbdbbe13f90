// ExecSync (containerd 1.6.20 pkg/cri/server/container_execsync.go): runs a command in a running
// container through the task's Exec, collects its stdout and stderr and returns its exit code;
// with a timeout the process is SIGKILLed when it is up and the call fails DeadlineExceeded.
// Either way execInternal then waits on attachDone, the end of the output's copy, with no drain
// timeout in 1.6.20: a background job of the exec's shell that keeps stdout or stderr open holds
// the answer (and gets its later lines into it) until it ends or the container's init does, even
// past a timeout the exec itself met (fixtures/exec-background-jobs.json #6-#13, #18).
// The exec is always deleted afterwards (execInternal's deferred Delete WithProcessKill).

import { ContainerdError, plain } from '../../errdefs/errdefs';
import { nextUint32 } from '../../host/random';
import { parseSignal, type OutputCursor, type Process } from '../../containerd/client/index';
import type { CriCall } from '../api/services';
import type { ExecSyncResponse } from '../api/runtime-v1';
import type { CriContext } from '../context';
import { getCriContainer } from './lookup';

/**
 * ExecSync of a command that only a signal ends (or that runs longer than ten minutes), without
 * a timeout: the real call waits for it; the simulated one says so instead of passing that much
 * of the node's time in one call (a CRI client words it as a refusal).
 */
export class ExecNeverEndsError extends Error {
  constructor(readonly cmd: readonly string[]) {
    super(`waiting for "${cmd.join(' ')}" to exit without a timeout`);
    this.name = 'ExecNeverEndsError';
  }
}

/** Longest exit an ExecSync without a timeout waits for (as ctr's and crictl's attached waits). */
const MAX_WAIT_MS = 10 * 60 * 1000;

/** util.GenerateID: 32 random bytes in hex. */
export function generateId(ctx: CriContext): string {
  let id = '';
  while (id.length < 64) id += nextUint32(ctx.node.state.random).toString(16).padStart(8, '0');
  return id;
}

/** Go's time.Duration String for whole seconds: 5s, 1m30s, 2h0m0s. */
function goSeconds(seconds: number): string {
  if (seconds === 0) return '0s';
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  if (h > 0) return `${h}h${m}m${s}s`;
  if (m > 0) return `${m}m${s}s`;
  return `${s}s`;
}

/** What a CRI container's exec needs: the container found running, and its task. */
export function runningContainerTask(ctx: CriContext, id: string, notFoundContext: string) {
  const record = getCriContainer(ctx, id, notFoundContext);
  if (record.state !== 'CONTAINER_RUNNING') throw plain(`container is in ${record.state} state`);
  return { record, task: ctx.k8s.containers.loadContainer(record.id).task() };
}

function prefixed(err: unknown, context: string): Error {
  if (err instanceof ContainerdError) return new ContainerdError(err.errClass, `${context}: ${err.message}`);
  return err instanceof Error ? err : new Error(String(err));
}

/** The text a process wrote to each stream by `uptoMs`. */
function collect(cursor: OutputCursor, uptoMs: number): { stdout: string; stderr: string } {
  let stdout = '';
  let stderr = '';
  for (const chunk of cursor.read(uptoMs)) {
    if (chunk.stream === 'stdout') stdout += chunk.text;
    else stderr += chunk.text;
  }
  return { stdout, stderr };
}

function exitOf(process: Process): { status: string; code?: number; atMs?: number } {
  try {
    const state = process.state();
    return { status: state?.status ?? 'STOPPED', code: state?.exitStatus, atMs: state?.exitAtMs };
  } catch {
    return { status: 'STOPPED' };
  }
}

/**
 * When the last holder of an exec's output lets go (Process.outputEnd for a copier that waits
 * for all of them); by `nowMs` when the task is already gone with its init, whose end killed them.
 */
export function heldOutputEnd(process: Process, nowMs: number): { atMs: number } | undefined {
  try {
    return process.outputEnd(true);
  } catch {
    return { atMs: nowMs };
  }
}

function cleanup(process: Process): void {
  try {
    if (exitOf(process).status !== 'STOPPED') process.kill(parseSignal('SIGKILL'));
    process.delete();
  } catch {
    // Already gone with its task.
  }
}

export async function execSync(
  ctx: CriContext,
  req: { containerId: string; cmd: string[]; timeout: number },
  call: CriCall = {},
): Promise<ExecSyncResponse> {
  const outer = 'failed to exec in container';
  let found;
  try {
    found = runningContainerTask(ctx, req.containerId, `failed to find container "${req.containerId}" in store`);
  } catch (err) {
    throw prefixed(err, outer);
  }
  const execId = generateId(ctx);
  let started;
  try {
    started = found.task.exec({ execId, args: [...req.cmd], cwd: '', terminal: false, stdin: '' });
  } catch (err) {
    throw prefixed(err, `${outer}: failed to start exec "${execId}"`);
  }
  const { process, out } = started;
  const node = ctx.node;
  const timeoutMs = req.timeout > 0 ? req.timeout * 1000 : 0;
  const startedAt = node.nowMs();
  const planned = process.plannedExit();
  // Opened now: the task may be gone with its init by the time the output is read.
  const cursor = process.output(out);
  /** <-attachDone: waits until the last holder of the output lets go; the output up to then. */
  const drained = async (exitAtMs: number) => {
    const end = heldOutputEnd(process, node.nowMs());
    const atMs = end ? Math.max(end.atMs, exitAtMs) : undefined;
    if (atMs === undefined || atMs - startedAt > MAX_WAIT_MS) throw new ExecNeverEndsError(req.cmd);
    if (atMs > node.nowMs()) await call.wait?.(atMs - node.nowMs());
    return collect(cursor, atMs);
  };
  try {
    const within = planned && (timeoutMs === 0 ? planned.atMs - startedAt <= MAX_WAIT_MS : planned.atMs - startedAt <= timeoutMs);
    if (planned && within) {
      if (planned.atMs > node.nowMs()) await call.wait?.(planned.atMs - node.nowMs());
      const ended = exitOf(process);
      const output = await drained(ended.atMs ?? planned.atMs);
      return { ...output, exitCode: ended.code ?? planned.code };
    }
    if (timeoutMs === 0) throw new ExecNeverEndsError(req.cmd);
    await call.wait?.(timeoutMs);
    const ended = exitOf(process);
    // Killed from elsewhere meanwhile (ctr t kill): the exit is its answer.
    if (ended.status === 'STOPPED' && ended.atMs !== undefined && ended.atMs <= startedAt + timeoutMs) {
      return { ...(await drained(ended.atMs)), exitCode: ended.code ?? 137 };
    }
    const deadline = new ContainerdError('deadline exceeded', `${outer}: timeout ${goSeconds(req.timeout)} exceeded: context deadline exceeded`);
    try {
      if (ended.status !== 'STOPPED') process.kill(parseSignal('SIGKILL'));
      await drained(node.nowMs());
    } catch {
      // Held for ever: the real call would not return at all; the deadline is the answer here.
    }
    throw deadline;
  } finally {
    cleanup(process);
  }
}
