// dockerd's exec store (moby v20.10.24 daemon/exec/exec.go Store, daemon/exec.go
// ContainerExecInspect, daemon/monitor.go ProcessEvent): every exec a container ran, kept in the
// daemon's memory, not on disk. An exec is running from its start until containerd's
// /tasks/exit event for it reaches the exit monitor, which records its exit code there — so
// the code stays known after the container's task is deleted (an exec that stopped its own
// container, `kill 1`), and after the container itself (execCommandGC drops an ended exec
// between 5 and 10 minutes later; here 10 minutes after its end, when the next exec starts).
// GET /exec/{id}/json answers from it; the docker CLI's exec asks it for the exit code it ends
// with (getExecExitStatus).

import type { Process } from '../../containerd/client/index';
import type { Node } from '../../node';
import { notFound } from '../errors';

interface ExecRecord {
  id: string;
  containerId: string;
  args: readonly string[];
  pid: number;
  running: boolean;
  exitCode: number | null;
  /** When the monitor saw it end (node clock). */
  endedAtMs?: number;
  /** The started process, through which containerd brings the exec up to the node's time. */
  process?: Process;
}

/** What GET /exec/{id}/json gives (types.ContainerExecInspect, the fields the CLI reads). */
export interface ExecInspect {
  ID: string;
  Running: boolean;
  ExitCode: number | null;
  ContainerID: string;
  Pid: number;
}

/** execCommandGC's longest delay: two 5-minute ticks. */
const GC_AFTER_MS = 10 * 60 * 1000;

const stores = new WeakMap<Node['runtime'], Map<string, ExecRecord>>();

function storeOf(node: Node): Map<string, ExecRecord> {
  let store = stores.get(node.runtime);
  if (!store) stores.set(node.runtime, (store = new Map()));
  return store;
}

/** ContainerExecCreate + Start: the exec is running (a start runc refused is not, code 126). */
export function addExec(node: Node, exec: { id: string; containerId: string; args: readonly string[]; process?: Process; exitCode?: number }): void {
  let pid = 0;
  try {
    pid = exec.process?.state()?.pid ?? 0;
  } catch {
    // gone already: no pid to show
  }
  const running = exec.exitCode === undefined;
  const store = storeOf(node);
  for (const [id, old] of store) if (old.endedAtMs !== undefined && node.nowMs() - old.endedAtMs >= GC_AFTER_MS) store.delete(id);
  store.set(exec.id, { id: exec.id, containerId: exec.containerId, args: exec.args, pid, running, exitCode: running ? null : (exec.exitCode ?? null), ...(running ? {} : { endedAtMs: node.nowMs() }), ...(exec.process ? { process: exec.process } : {}) });
}

/** The exit monitor's record of a /tasks/exit event for an exec (ProcessEvent's exec branch). */
export function execExited(node: Node, execId: string, exitCode: number): void {
  const exec = storeOf(node).get(execId);
  if (!exec) return;
  exec.running = false;
  exec.exitCode = exitCode;
  exec.endedAtMs = node.nowMs();
  delete exec.process;
}

/** ContainerExecInspect: 404 `No such exec instance: <id>` for an id the store lacks. */
export function inspectExec(node: Node, execId: string): ExecInspect {
  const exec = storeOf(node).get(execId);
  if (!exec) throw notFound(`No such exec instance: ${execId}`);
  if (exec.running) {
    // containerd publishes an exit at its moment; reading the process brings the task to the
    // node's time, so an exit due by now has reached the monitor (and this record) first.
    try {
      exec.process?.state();
    } catch {
      // the task is gone: its exits were published before it was deleted
    }
  }
  return { ID: exec.id, Running: exec.running, ExitCode: exec.exitCode, ContainerID: exec.containerId, Pid: exec.pid };
}
