// `nerdctl run [flags] IMAGE [COMMAND] [ARG...]` (cmd/nerdctl/run.go:65-370@v0.22.2): create the
// container (create-container.ts), start its task — its output to the json-file log with -d,
// to the terminal otherwise — and print the id (-d) or stay attached and exit with the
// container's code (ExitCodeError: no message). --rm with -d is refused only after the
// container was made, as released; without -d, --rm removes the container once it exited.

import type { NerdctlCommand } from '../nerdctl-env';
import { clientOf } from '../nerdctl-env';
import { attachTo } from './attached';
import { createContainer } from './create-container';
import { createFlags } from './create-flags';
import { removeContainer } from './remove-container';
import { deleteNerdctlTask, startNerdctlTask } from './start-task';

export const runCommand: NerdctlCommand = {
  name: 'run',
  usage: 'Run a command in a new container. Optionally specify "ipfs://" or "ipns://" scheme to pull image from IPFS.',
  argsUsage: '[flags] IMAGE [COMMAND] [ARG...]',
  args: { min: 1 },
  skipArgReorder: true,
  flags: [...createFlags, { names: ['detach', 'd'], kind: 'bool', usage: 'Run container in background and print container ID' }],
  action: async (c) => {
    const client = clientOf(c);
    const detach = c.bool('detach');
    const interactive = c.bool('interactive');
    const tty = c.bool('tty');
    const { container, id } = await createContainer(c, client, c.args, { interactive, tty, detach });
    const rm = c.bool('rm');
    if (rm && detach) throw new Error('flag -d and --rm cannot be specified together');
    const removeAfter = () => {
      if (!rm) return;
      try {
        removeContainer(c, client, container, true, true);
      } catch (err) {
        c.env.log.warn(`failed to remove container ${id}`, { error: (err as Error).message });
      }
    };
    if (tty && !c.io.isTTY) {
      // console.Current() panics without a terminal on stdin (the goroutine trace is not reproduced).
      removeAfter();
      c.io.stderr('panic: provided file is not a console\n');
      return 2;
    }
    let started;
    try {
      started = startNerdctlTask(c, client, container, {
        // -i: piped bytes then EOF, or (on a terminal) stdin kept open; without -i no stdin.
        stdin: interactive && c.io.stdin !== '' ? c.io.stdin : interactive ? undefined : '',
        stdinOpen: interactive && c.io.stdin === '',
        logged: detach,
      });
    } catch (err) {
      removeAfter();
      throw err;
    }
    if (detach) {
      c.io.stdout(`${id}\n`);
      return 0;
    }
    const { task, out } = started;
    return attachTo(c, {
      process: task,
      terminal: tty,
      out,
      cleanup: () => {
        if (!rm) return;
        deleteNerdctlTask(c, client, container, task);
        removeAfter();
      },
    });
  },
};
