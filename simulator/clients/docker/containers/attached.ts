// Staying attached to a container (run without -d, start -a, attach): the same copy-output-and-
// wait as ctr's (clients/ctr/tasks/attached-task.ts, shared as nerdctl shares it: docker's
// hijacked attach stream and ctr's cio end in the same process output), with docker's own words
// where it cannot stay: a process that runs for ever, attached from a pipe or a transcript.

import type { ActionContext } from '../../../cli/spec';
import type { OutputChunk, ProcessState, Task } from '../../../containerd/client/index';
import type { AttachedStreams } from '../../../dockerd/index';
import type { CtrContext } from '../../ctr/ctr-env';
import { waitAttached } from '../../ctr/tasks/attached-task';
import type { DockerContext } from '../docker-env';

/** ctr's MAX_WAIT_MS: an exit further away counts as running for ever. */
const MAX_WAIT_MS = 10 * 60 * 1000;

function staysForEver(c: DockerContext, streams: AttachedStreams): boolean {
  const running = streams.task.state();
  if (!running || running.status !== 'RUNNING') return false;
  const reads = streams.task.reads(streams.tty);
  if (c.io.time.realTime && c.io.interactive && reads === 'none') return false;
  const planned = streams.task.plannedExit();
  if (planned && planned.atMs - c.env.node.nowMs() <= MAX_WAIT_MS) return false;
  return !c.io.terminal;
}

/**
 * The task as the attached client follows it: dockerd deletes the task as soon as it exits, so
 * once it is gone its state is the container's (the CLI learns the code from the wait API).
 */
function followed(streams: AttachedStreams, exitCode: () => number): Task {
  const state = (): ProcessState | undefined => {
    try {
      return streams.task.state();
    } catch {
      return { pid: 0, args: [], status: 'STOPPED', exitStatus: exitCode(), startedAtMs: 0 };
    }
  };
  const plannedExit = (): { atMs: number; code: number } | undefined => {
    try {
      return streams.task.plannedExit();
    } catch {
      return { atMs: 0, code: exitCode() };
    }
  };
  return new Proxy(streams.task, {
    get(target, prop) {
      if (prop === 'state') return state;
      if (prop === 'plannedExit') return plannedExit;
      if (prop === 'reads') return (terminal: boolean) => (state()?.status === 'STOPPED' ? 'none' : target.reads(terminal));
      const value = Reflect.get(target, prop) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/**
 * ctrlab's hint when Ctrl-C keeps failing to end the container's process. Docker prints nothing
 * itself: with --sig-proxy (the default) it sends what it receives on as a kill request
 * (docker/cli v20.10.24 signals.go ForwardAllSignals, errors only at debug level); with a
 * terminal Ctrl-C is a byte the container's pty turns into SIGINT.
 */
function dockerSigintHint(id: string, tty: boolean): (process: ProcessState) => string {
  return (process) =>
    `\r\nctrlab: ${tty ? 'the container’s terminal sent it SIGINT' : 'docker passed SIGINT on to the container (--sig-proxy)'}, ` +
    `but "${process.args[0] ?? ''}" runs as PID 1 in it and has no handler for it, so the kernel ignores it and docker stays attached, ` +
    `as on a real node. To end it, open a second terminal (Split) and run: docker kill ${id.slice(0, 12)}` +
    `${tty ? '' : '; to leave it running, attach with --sig-proxy=false and press Ctrl-C'}\n`;
}

/**
 * ctrlab's words when Ctrl-C leaves a reading process (`docker run -i busybox cat`) running and
 * the terminal here detaches: a real docker stays attached, for the signal it passes on (or the
 * pty's SIGINT) is ignored by a PID 1 without a handler, and prints nothing; with a terminal,
 * its detach keys (Ctrl-P Ctrl-Q) are the way out. Without the signal proxy and a terminal, Ctrl-C
 * ends the CLI itself (Go's default for SIGINT) and the container runs on, as here: nothing to say.
 */
function dockerDetachedHint(id: string, tty: boolean, proxied: boolean): (process: ProcessState) => string {
  if (!proxied) return () => '';
  return (process) =>
    `ctrlab: "${process.args.join(' ')}" runs as PID 1 and ignores SIGINT, so a real docker would stay attached` +
    `${tty ? ' (Ctrl-P Ctrl-Q detaches)' : ''}; detached here instead — the container keeps running (docker kill ${id.slice(0, 12)})\n`;
}

/**
 * docker attach to a process that ends soon, followed in simulated time: what it writes from now
 * until its exit (`sh -c 'sleep 1; echo …'` attached during the sleep shows the echo). Undefined
 * where the output is copied as it comes (real time on a terminal) or the process runs on.
 */
function outputUntilExit(c: DockerContext, streams: AttachedStreams): OutputChunk[] | undefined {
  const running = streams.task.state();
  if (!running || running.status !== 'RUNNING') return undefined;
  if (c.io.time.realTime && c.io.interactive && streams.task.reads(streams.tty) === 'none') return undefined;
  const planned = streams.task.plannedExit();
  const now = c.env.node.nowMs();
  if (!planned || planned.atMs - now > MAX_WAIT_MS) return undefined;
  const cursor = streams.task.output(streams.out);
  cursor.skipTo(now);
  return cursor.read(planned.atMs);
}

/** Attached until the container's process exits; the exit code (or 1 where that cannot be simulated). */
export async function attachTo(c: DockerContext, raw: AttachedStreams, late: boolean, exitCode: () => number, proxiesSignals = true): Promise<number> {
  const streams = { ...raw, task: followed(raw, exitCode) };
  if (staysForEver(c, streams)) {
    for (const chunk of streams.out) (chunk.stream === 'stdout' || streams.tty ? c.io.stdout : c.io.stderr)(chunk.text);
    c.io.stderr(
      `docker: staying attached to "${(streams.task.state()?.args ?? []).join(' ')}" until it exits is not simulated here; ` +
        'the container keeps running (see docker ps, docker stop; https://docs.docker.com/engine/reference/commandline/attach/)\n',
    );
    return 1;
  }
  const caught = late ? outputUntilExit(c, streams) : undefined;
  return waitAttached(c as ActionContext<unknown> as CtrContext, {
    process: streams.task,
    terminal: streams.tty,
    out: caught ?? streams.out,
    late: late && caught === undefined,
    cleanup: () => undefined,
    // --sig-proxy=false without a terminal: Ctrl-C ends the client, the container runs on.
    proxiesSignals: proxiesSignals || streams.tty,
    sigintHint: dockerSigintHint(raw.task.id, streams.tty),
    detachedHint: dockerDetachedHint(raw.task.id, streams.tty, proxiesSignals || streams.tty),
  });
}
