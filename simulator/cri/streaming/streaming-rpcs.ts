// The RuntimeService calls about streams and logs, for the container and sandbox services to
// serve: ExecSync, Exec, Attach (container_exec.go, container_attach.go), ReopenContainerLog
// (container_log_reopen.go) and the URL part of PortForward (sandbox_portforward.go). Exec,
// Attach and PortForward check the object and the request, then file it with the streaming
// server, whose URL the client opens (sessions.ts).

import { ContainerdError, plain } from '../../errdefs/errdefs';
import type { ContainerRpcs } from '../api/services';
import type { CriContext } from '../context';
import { reopenLog } from '../logs/container-logger';
import { execSync } from './exec-sync';
import { getCriContainer, getCriSandbox } from './lookup';
import { fileStreamRequest, type AttachStreamRequest, type ExecStreamRequest } from './stream-server';

const invalid = (message: string) => new ContainerdError('invalid argument', message);

function requireRunning(ctx: CriContext, id: string, notFoundContext: string): string {
  const record = getCriContainer(ctx, id, notFoundContext);
  if (record.state !== 'CONTAINER_RUNNING') throw plain(`container is in ${record.state} state`);
  return record.id;
}

/** Exec: the container must run; then the streaming server's validateExecRequest. */
function execUrl(ctx: CriContext, req: Partial<ExecStreamRequest>): { url: string } {
  const id = req.containerId ?? '';
  requireRunning(ctx, id, `failed to find container "${id}" in store`);
  if (id === '') throw invalid('missing required container_id');
  if (req.tty && req.stderr) throw invalid('tty and stderr cannot both be true');
  if (!req.stdin && !req.stdout && !req.stderr) throw invalid('one of stdin, stdout, or stderr must be set');
  const filed: ExecStreamRequest = {
    containerId: id,
    cmd: [...(req.cmd ?? [])],
    tty: req.tty === true,
    stdin: req.stdin === true,
    stdout: req.stdout === true,
    stderr: req.stderr === true,
  };
  return { url: fileStreamRequest(ctx, { verb: 'exec', req: filed }) };
}

/** Attach: as Exec, with attach's own wording ("stdin, stdout, and stderr"). */
function attachUrl(ctx: CriContext, req: Partial<AttachStreamRequest>): { url: string } {
  const id = req.containerId ?? '';
  requireRunning(ctx, id, 'failed to find container in store');
  if (id === '') throw invalid('missing required container_id');
  if (req.tty && req.stderr) throw invalid('tty and stderr cannot both be true');
  if (!req.stdin && !req.stdout && !req.stderr) throw invalid('one of stdin, stdout, and stderr must be set');
  const filed: AttachStreamRequest = {
    containerId: id,
    stdin: req.stdin === true,
    tty: req.tty === true,
    stdout: req.stdout === true,
    stderr: req.stderr === true,
  };
  return { url: fileStreamRequest(ctx, { verb: 'attach', req: filed }) };
}

/**
 * The streaming server's part of PortForward (GetPortForward), once the sandbox service found
 * the sandbox ready: the URL the client opens. `ports` may be empty (crictl sends none; the
 * ports travel in the stream).
 */
export function portForwardUrl(ctx: CriContext, sandboxId: string, ports: readonly number[]): { url: string } {
  if (sandboxId === '') throw invalid('missing required pod_sandbox_id');
  return { url: fileStreamRequest(ctx, { verb: 'portforward', req: { podSandboxId: sandboxId, port: [...ports] } }) };
}

/** The whole PortForward RPC, for a sandbox service that has nothing of its own to add. */
export function portForward(ctx: CriContext, req: { podSandboxId: string; port?: number[] }): { url: string } {
  const sandbox = getCriSandbox(ctx, req.podSandboxId, `failed to find sandbox "${req.podSandboxId}"`);
  if (sandbox.state !== 'SANDBOX_READY') throw plain('sandbox container is not running');
  return portForwardUrl(ctx, sandbox.id, req.port ?? []);
}

/** ReopenContainerLog: the container must be running; its log file is opened again. */
function reopenContainerLog(ctx: CriContext, containerId: string): void {
  const record = getCriContainer(ctx, containerId, `an error occurred when try to find container "${containerId}"`);
  if (record.state !== 'CONTAINER_RUNNING') throw plain('container is not running');
  reopenLog(ctx, record.id, record.logPath);
}

/** The four ContainerRpcs this slice serves, for the container service to spread into its own. */
export function streamingRpcs(ctx: CriContext): Pick<ContainerRpcs, 'execSync' | 'exec' | 'attach' | 'reopenContainerLog'> {
  return {
    execSync: (req, call) => execSync(ctx, req, call),
    exec: async (req) => execUrl(ctx, req),
    attach: async (req) => attachUrl(ctx, req),
    reopenContainerLog: async (req) => reopenContainerLog(ctx, req.containerId),
  };
}
