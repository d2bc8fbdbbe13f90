// Exec'd processes (runc exec): they join a running task's namespaces, take the container
// spec's environment, user and cwd unless overridden, and get their own exec id and PID.

import type { Node } from '../../node';
import type { OutputChunk, ProcessCapabilities, ProcessUser } from '../../programs/program';
import { alreadyExists, invalidArgument, unknown, wrapf } from '../../errdefs/errdefs';
import { validateNamespace as validateIdentifier } from '../namespaces/identifier';
import { publishEvent } from '../events/events';
import { getContainer } from '../containers/containers';
import { spawnProcess } from './runc';
import { refreshTask } from './task-clock';
import { signalFromInside } from './kill';
import { planOf } from './process-plan';
import { loadTask, taskStatus } from './tasks';

export interface ExecOptions {
  execId: string;
  args: string[];
  /** --cwd; "" keeps the spec's. */
  cwd: string;
  terminal: boolean;
  stdin: string | undefined;
  /** The process's whole environment (nerdctl exec -e); undefined takes the spec's. */
  env?: string[];
  /** specs.Process.User for this process (ctr tasks exec --user, docker exec -u); undefined takes the spec's. */
  user?: ProcessUser;
  /** specs.Process.Capabilities of this process (exec --privileged); undefined takes the spec's. */
  capabilities?: ProcessCapabilities;
}

/**
 * Starts an exec process. Throws invalidArgument for an empty exec id, then (in the shim's order) alreadyExists `id <exec id>`, unknown
 * `cannot exec in a paused state` / `cannot exec in a stopped state`, then runc's errors.
 */
export function execProcess(node: Node, ns: string, id: string, o: ExecOptions): { pid: number; out: OutputChunk[] } {
  // The tasks service refuses an empty exec id itself, before it looks the task up or hands
  // the id to the shim's identifier check (services/tasks/local.go Exec).
  if (o.execId === '') throw invalidArgument('exec id must not be empty');
  const { container, task } = loadTask(node, ns, id);
  try {
    validateIdentifier(o.execId);
  } catch (err) {
    throw wrapf(err, `invalid exec id ${o.execId}`);
  }
  if (Object.hasOwn(task.execs, o.execId)) throw alreadyExists(`id ${o.execId}`);
  const status = taskStatus(task);
  if (status === 'PAUSED') throw unknown('cannot exec in a paused state');
  if (status === 'STOPPED') throw unknown('cannot exec in a stopped state');
  const spec = getContainer(node, ns, id).spec.process;
  const proc = o.env ? { ...spec, env: o.env } : spec;
  const { record, out, signals } = spawnProcess(node, ns, container, task, {
    execId: o.execId,
    args: o.args,
    env: o.terminal && !proc.env.some((e) => e.startsWith('TERM=')) ? [...proc.env, 'TERM=xterm'] : proc.env,
    cwd: o.cwd || proc.cwd,
    terminal: o.terminal,
    stdin: o.stdin,
    user: o.user ?? proc.user,
    ...(o.capabilities ? { capabilities: o.capabilities } : {}),
  });
  task.execs[o.execId] = record;
  publishEvent(node, ns, '/tasks/exec-added', { container_id: id, exec_id: o.execId });
  publishEvent(node, ns, '/tasks/exec-started', { container_id: id, exec_id: o.execId, pid: record.pid });
  for (const s of signals ?? []) signalFromInside(node, ns, task, s, planOf(record).innerPid ?? 0);
  refreshTask(node, ns, task);
  return { pid: record.pid, out };
}
