// `nerdctl wait CONTAINER [CONTAINER, ...]` (cmd/nerdctl/wait.go@v0.22.2): finds every container
// first (`no such container: <req>`, with a colon here), then waits for each task to exit and
// prints its code.

import { clientOf, type NerdctlCommand } from '../nerdctl-env';
import { refuseAmbiguous, walkContainers } from './container-walker';
import type { Container } from '../../../containerd/client/index';
import { waitFor } from '../../../host/time-driver';
import { NotSimulatedError } from '../../../cli/not-simulated';

export const waitCommand: NerdctlCommand = {
  name: 'wait',
  usage: 'Block until one or more containers stop, then print their exit codes.',
  argsUsage: '[flags] CONTAINER [CONTAINER, ...]',
  args: { min: 1 },
  action: async (c) => {
    const client = clientOf(c);
    const containers: Container[] = [];
    for (const req of c.args) {
      const n = await walkContainers(client, req, (found) => {
        refuseAmbiguous(found);
        containers.push(found.container);
      });
      if (n === 0) throw new Error(`no such container: ${req}`);
    }
    const errors: string[] = [];
    for (const container of containers) {
      let task;
      try {
        task = container.task();
      } catch (err) {
        errors.push((err as Error).message);
        continue;
      }
      const node = c.env.node;
      const stopped = () => task.state()?.status === 'STOPPED';
      if (!stopped()) {
        const planned = task.plannedExit();
        // On a watched terminal it blocks until another terminal stops the container (or Ctrl-C).
        if (!planned && c.io.time.realTime) await waitFor(node, stopped, Number.POSITIVE_INFINITY, c.io.time);
        else if (!planned) throw new NotSimulatedError('waiting for a container that runs until it is stopped (nerdctl wait)', 'https://github.com/containerd/nerdctl/blob/v0.22.2/docs/command-reference.md');
        else await waitFor(node, stopped, planned.atMs, c.io.time);
        if (!stopped()) return 130;
      }
      c.io.stdout(`${task.state()?.exitStatus ?? 0}\n`);
    }
    if (errors.length > 0) {
      throw new Error(`${errors.length} error${errors.length > 1 ? 's' : ''} occurred:\n${errors.map((e) => `\t* ${e}`).join('\n')}\n\n`);
    }
  },
};
