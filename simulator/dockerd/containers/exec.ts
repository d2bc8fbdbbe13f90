// POST /containers/{id}/exec and /exec/{id}/start (moby 20.10 daemon/exec.go ContainerExecCreate,
// ContainerExecStart): a process started in the container's task in containerd's `moby`
// namespace. The container must be running (409 `Container <id> is not running`, `… is
// paused, unpause the container before exec`, `… is restarting, wait until the container is
// running`); the environment is the container's Config.Env with the exec's -e laid over it, the
// working directory the exec's or the container's. A start that runc refuses leaves the exec
// with exit code 126 (the deferred failure in ContainerExecStart), its message as containerd
// gave it (`OCI runtime exec failed: exec failed: …: unknown`).

import { connect, type Process, type OutputChunk } from '../../containerd/client/index';
import type { Node } from '../../node';
import { conflict, isDockerdError, systemError } from '../errors';
import { translateStartError } from '../runtime/start-error';
import { resolveUser } from '../runtime/user';
import { randomHex } from '../images/random-hex';
import { findContainer } from './lookup';
import { privilegedExecCapabilities } from './capabilities';
import { execAction, logContainerEvent } from '../events/event-log';
import { addExec } from './exec-store';

const MOBY_NAMESPACE = 'moby';

export interface ExecOptions {
  cmd: string[];
  /** -e: KEY=VALUE (a bare KEY is dropped unless the container has it, as the client resolves it). */
  env?: string[];
  workingDir?: string;
  tty?: boolean;
  /** Bytes on stdin (-i from a pipe); undefined: no stdin. */
  stdin?: string;
  /** -u `name|uid[:group|gid]`; "" or absent: the container's user. */
  user?: string;
  /** --privileged: the exec's process gets every capability (the container's own stay as they are). */
  privileged?: boolean;
}

/** A started exec: its process handle (the hijacked stream's other end) and its first output. */
export type ExecStarted = { ok: true; execId: string; process: Process; out: OutputChunk[] } | { ok: false; execId: string; exitCode: number; message: string };

/** ReplaceOrAppendEnvValues (opts/env.go): a later KEY=… replaces the earlier one. */
function mergeEnv(base: readonly string[], extra: readonly string[]): string[] {
  const out = [...base];
  for (const e of extra) {
    const key = e.split('=')[0] ?? e;
    const at = out.findIndex((x) => (x.split('=')[0] ?? x) === key);
    if (!e.includes('=')) continue;
    if (at >= 0) out[at] = e;
    else out.push(e);
  }
  return out;
}

/** Create and start in one: 404/409 before anything runs; a runc refusal comes back as a failed exec. */
export function execInContainer(node: Node, ref: string, options: ExecOptions): ExecStarted {
  const record = findContainer(node, ref);
  const status = record.state.status;
  // getActiveContainer: a paused one is named as the caller typed it, the others by id.
  if (status === 'paused') throw conflict(`Container ${ref} is paused, unpause the container before exec`);
  if (status === 'restarting') throw conflict(`Container ${record.id} is restarting, wait until the container is running`);
  if (status !== 'running') throw conflict(`Container ${record.id} is not running`);
  const moby = connect(node).withNamespace(MOBY_NAMESPACE);
  let task;
  let ambient: string[] | undefined;
  try {
    const container = moby.containers.loadContainer(record.id);
    ambient = (container.info().spec.process as { capabilities?: { ambient?: string[] } } | undefined)?.capabilities?.ambient;
    task = container.task();
  } catch {
    throw conflict(`Container ${record.id} is not running`);
  }
  const execId = randomHex(node, 32);
  logContainerEvent(node, record, execAction('exec_create', options.cmd), { execID: execId });
  logContainerEvent(node, record, execAction('exec_start', options.cmd), { execID: execId });
  const env = mergeEnv((record.config.Env as string[] | undefined) ?? [], options.env ?? []);
  try {
    // execSetPlatformOpt (daemon/exec_linux.go): -u resolved in the container's image files;
    // a name it lacks fails the started exec (126, the text in its stream), as runc's refusals do.
    const user = options.user ? resolveUser(node, node.state.dockerd.images[record.imageId]?.diffIds ?? [], options.user) : undefined;
    const started = task.exec({ execId, args: options.cmd, // "" keeps the spec's cwd: the container's WorkingDir, as dockerd leaves an exec without -w.
      cwd: options.workingDir ?? '', terminal: options.tty === true, stdin: options.stdin, env, ...(user ? { user } : {}),
      ...(options.privileged ? { capabilities: privilegedExecCapabilities(ambient) } : {}) });
    addExec(node, { id: execId, containerId: record.id, args: options.cmd, process: started.process });
    return { ok: true, execId, process: started.process, out: started.out };
  } catch (err) {
    const refused = isDockerdError(err) ? err.message : err instanceof Error && /^OCI runtime exec failed/.test(err.message) ? translateStartError(err.message) : undefined;
    if (refused === undefined) throw systemError(err instanceof Error ? err.message : String(err));
    addExec(node, { id: execId, containerId: record.id, args: options.cmd, exitCode: 126 });
    return { ok: false, execId, exitCode: 126, message: refused };
  }
}
