// ExecSync (containerd 1.6.20 pkg/cri/server/container_execsync.go): runs a command in a running
// container through the task's Exec, collects its stdout and stderr and returns its exit code;
// with a timeout the process is SIGKILLed when it is up and the call fails DeadlineExceeded.
// The exec is always deleted afterwards (execInternal's deferred Delete WithProcessKill).

import { ContainerdError, plain } from '../../errdefs/errdefs';
import { nextUint32 } from '../../host/random';
import { parseSignal, type OutputChunk, type Process } from '../../containerd/client/index';
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
function collect(process: Process, out: readonly OutputChunk[], uptoMs: number): { stdout: string; stderr: string } {
  const cursor = process.output(out);
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
  try {
    const within = planned && (timeoutMs === 0 ? planned.atMs - startedAt <= MAX_WAIT_MS : planned.atMs - startedAt <= timeoutMs);
    if (planned && within) {
      if (planned.atMs > node.nowMs()) await call.wait?.(planned.atMs - node.nowMs());
      const ended = exitOf(process);
      const atMs = ended.atMs ?? planned.atMs;
      return { ...collect(process, out, atMs), exitCode: ended.code ?? planned.code };
    }
    if (timeoutMs === 0) throw new ExecNeverEndsError(req.cmd);
    await call.wait?.(timeoutMs);
    const ended = exitOf(process);
    // Killed from elsewhere meanwhile (ctr t kill): the exit is its answer.
    if (ended.status === 'STOPPED' && ended.atMs !== undefined && ended.atMs <= startedAt + timeoutMs) {
      return { ...collect(process, out, ended.atMs), exitCode: ended.code ?? 137 };
    }
    throw new ContainerdError('deadline exceeded', `${outer}: timeout ${goSeconds(req.timeout)} exceeded: context deadline exceeded`);
  } finally {
    cleanup(process);
  }
}
