// `nerdctl kill [flags] CONTAINER [CONTAINER, ...]` (cmd/nerdctl/kill.go@v0.22.2): the signal
// (KILL by default, "SIG" prefixed when missing) to each running task, printing the FULL id;
// a stopped or created task is `cannot kill container: <id>: Container <id> is not running`;
// one without a task prints `No such container: <req>` and exits 1 at once.

import { parseSignal } from '../../../containerd/client/index';
import { isNotFound } from '../../../errdefs/errdefs';
import { CliError } from '../../../cli/cli-error';
import { clientOf, type NerdctlCommand } from '../nerdctl-env';
import { forEachContainer } from './for-each';

export const killCommand: NerdctlCommand = {
  name: 'kill',
  usage: 'Kill one or more running containers',
  argsUsage: '[flags] CONTAINER [CONTAINER, ...]',
  args: { min: 1 },
  flags: [{ names: ['signal', 's'], kind: 'string', usage: 'Signal to send to the container', value: 'KILL' }],
  action: async (c) => {
    let name = c.string('signal');
    if (!name.startsWith('SIG')) name = `SIG${name}`;
    const signal = parseSignal(name);
    const client = clientOf(c);
    await forEachContainer(client, c.args, (found) => {
      const id = found.container.id;
      try {
        const task = found.container.task();
        const status = task.status();
        if (status === 'CREATED' || status === 'STOPPED') throw new Error(`cannot kill container: ${id}: Container ${id} is not running`);
        task.kill(signal);
        if (status === 'PAUSED') {
          try {
            task.resume();
          } catch (err) {
            c.env.log.warn(`Cannot unpause container ${id}: ${(err as Error).message}`);
          }
        }
      } catch (err) {
        if (!isNotFound(err)) throw err;
        c.io.stderr(`No such container: ${found.req}\n`);
        throw new CliError('', 1);
      }
      c.io.stdout(`${id}\n`);
    });
  },
};
