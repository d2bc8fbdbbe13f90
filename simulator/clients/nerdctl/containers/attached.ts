// Staying attached to a container's process (run without -d, start -a, exec without -d): the
// same copy-output-and-wait as ctr's (clients/ctr/tasks/attached-task.ts, shared: both tools
// wrap containerd's cio the same way), with nerdctl's own words where it cannot stay: a
// process that runs for ever, attached from a pipe or a transcript.

import type { ActionContext } from '../../../cli/spec';
import type { Process } from '../../../containerd/client/index';
import type { CtrContext } from '../../ctr/ctr-env';
import { waitAttached, type AttachTarget } from '../../ctr/tasks/attached-task';
import type { NerdctlContext } from '../nerdctl-env';

/** ctr's MAX_WAIT_MS: an exit further away counts as running for ever. */
const MAX_WAIT_MS = 10 * 60 * 1000;

function staysAttachedForEver(c: NerdctlContext, process: Process, terminal: boolean): boolean {
  const running = process.state();
  if (!running) return false;
  const reads = process.reads(terminal);
  if (c.io.time.realTime && c.io.interactive && reads === 'none') return false;
  const planned = process.plannedExit();
  if (planned && planned.atMs - c.env.node.nowMs() <= MAX_WAIT_MS) return false;
  return !c.io.terminal;
}

/** Attached until the process exits; returns its exit code (or 1 when that cannot be simulated). */
export async function attachTo(c: NerdctlContext, target: AttachTarget): Promise<number> {
  if (staysAttachedForEver(c, target.process, target.terminal)) {
    for (const chunk of target.out) (chunk.stream === 'stdout' || target.terminal ? c.io.stdout : c.io.stderr)(chunk.text);
    c.io.stderr(
      `nerdctl: staying attached to "${(target.process.state()?.args ?? []).join(' ')}" until it exits is not simulated here; ` +
        'the container keeps running (see nerdctl ps, nerdctl stop; https://github.com/containerd/nerdctl/blob/v0.22.2/docs/command-reference.md)\n',
    );
    return 1;
  }
  // ctr's attach reads only the node and the IO of its context.
  return waitAttached(c as ActionContext<unknown> as CtrContext, target);
}
