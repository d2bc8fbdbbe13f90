// What the streaming server does when a client opens one of its URLs (pkg/cri/streaming
// remotecommand/exec.go, attach.go, portforward): the request filed under the token is taken
// once, and the exec starts (or the attach joins the container's IO) only now, as on a real
// node where nothing runs until the stream connects. A failure to start reaches the client on
// the stream's error channel as an internal error (apierrors.NewInternalError).

import { parseSignal, type OutputChunk, type Process } from '../../containerd/client/index';
import type { Node } from '../../node';
import { criContext } from '../context';
import { containerOutput } from '../logs/container-logger';
import { generateId, heldOutputEnd, runningContainerTask } from './exec-sync';
import { consumeStreamRequest, type AttachStreamRequest, type ExecStreamRequest, type PortForwardStreamRequest } from './stream-server';

/** An error the server wrote on the stream's error channel. */
export class StreamError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StreamError';
  }
}

/** A process the stream is connected to, with what it printed so far. */
export interface StreamedProcess {
  process: Process;
  out: OutputChunk[];
  /** Attached to a process already running: what it printed before is not sent. */
  late: boolean;
  /** Once the process exited: the server's clean-up (an exec is deleted; an attach leaves the task). */
  finish(): void;
  /**
   * When the stream's output ends for a process that exited at `exitAtMs`: then for an attach;
   * for an exec, when execInternal's attachDone fires, the last holder of its stdout or stderr
   * gone (a background job of its shell, cut only by the init's end: 1.6.20 has no drain
   * timeout); undefined if nothing ends the holders.
   */
  drainedAt(exitAtMs: number): number | undefined;
}

export type StreamSession =
  | { verb: 'exec'; request: ExecStreamRequest; start(stdin: string | undefined): StreamedProcess }
  | { verb: 'attach'; request: AttachStreamRequest; start(): StreamedProcess }
  | { verb: 'portforward'; request: PortForwardStreamRequest };

function internal(context: string, err: unknown): StreamError {
  return new StreamError(`Internal error occurred: ${context}: ${err instanceof Error ? err.message : String(err)}`);
}

function deleteExec(process: Process): void {
  try {
    const state = process.state();
    if (state && state.status !== 'STOPPED') process.kill(parseSignal('SIGKILL'));
    process.delete();
  } catch {
    // Gone with its task.
  }
}

/**
 * Opens `url` as the client's SPDY upgrade does: the session, or undefined when the server
 * has no such stream (a wrong URL, a token used or expired: the server's 404).
 */
export function openStream(node: Node, url: string): StreamSession | undefined {
  const filed = consumeStreamRequest(node, url);
  if (!filed) return undefined;
  const ctx = criContext(node);
  if (filed.verb === 'portforward') return { verb: 'portforward', request: filed.req };
  if (filed.verb === 'attach') {
    const req = filed.req;
    return {
      verb: 'attach',
      request: req,
      start() {
        try {
          const { task } = runningContainerTask(ctx, req.containerId, `failed to find container "${req.containerId}" in store`);
          return { process: task, out: [...containerOutput(node, req.containerId)], late: true, finish: () => undefined, drainedAt: (exitAtMs) => exitAtMs };
        } catch (err) {
          throw internal('error attaching to container', err);
        }
      },
    };
  }
  const req = filed.req;
  return {
    verb: 'exec',
    request: req,
    start(stdin) {
      const outer = 'error executing command in container: failed to exec in container';
      let task;
      try {
        task = runningContainerTask(ctx, req.containerId, `failed to find container "${req.containerId}" in store`).task;
      } catch (err) {
        throw internal(outer, err);
      }
      const execId = generateId(ctx);
      try {
        // Without -i the exec has no stdin pipe: it reads /dev/null.
        const started = task.exec({ execId, args: [...req.cmd], cwd: '', terminal: req.tty, stdin: req.stdin ? stdin : '' });
        const drainedAt = (exitAtMs: number) => {
          const end = heldOutputEnd(started.process, node.nowMs());
          return end && Math.max(end.atMs, exitAtMs);
        };
        return { process: started.process, out: started.out, late: false, finish: () => deleteExec(started.process), drainedAt };
      } catch (err) {
        throw internal(`${outer}: failed to start exec "${execId}"`, err);
      }
    },
  };
}
