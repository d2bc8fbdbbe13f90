// Staying attached to a container (run without -d, start -a, attach): the same copy-output-and-
// wait as ctr's (clients/ctr/tasks/attached-task.ts, shared as nerdctl shares it: docker's
// hijacked attach stream and ctr's cio end in the same process output), with docker's own words
// where it cannot stay: a process that runs for ever, attached from a pipe or a transcript.

import type { ActionContext } from '../../../cli/spec';
import type { ProcessState, Task } from '../../../containerd/client/index';
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

/** Attached until the container's process exits; the exit code (or 1 where that cannot be simulated). */
export async function attachTo(c: DockerContext, raw: AttachedStreams, late: boolean, exitCode: () => number, cleanup: () => void = () => undefined): Promise<number> {
  const streams = { ...raw, task: followed(raw, exitCode) };
  if (staysForEver(c, streams)) {
    for (const chunk of streams.out) (chunk.stream === 'stdout' || streams.tty ? c.io.stdout : c.io.stderr)(chunk.text);
    c.io.stderr(
      `docker: staying attached to "${(streams.task.state()?.args ?? []).join(' ')}" until it exits is not simulated here; ` +
        'the container keeps running (see docker ps, docker stop; https://docs.docker.com/engine/reference/commandline/attach/)\n',
    );
    return 1;
  }
  return waitAttached(c as ActionContext<unknown> as CtrContext, { process: streams.task, terminal: streams.tty, out: streams.out, late, cleanup });
}
