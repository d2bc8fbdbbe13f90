// `crictl rm [-f] [-a] CONTAINER-ID...` (container.go:321-394 @v1.26.0): each id's status is
// asked first (a failure is logged as the bare RPC error), a running one is refused without
// -f (`container "<id>" is running, please stop it first`) or stopped with timeout 0 and -f,
// then RemoveContainer prints the id. Any failure goes on to the next id and the command
// ends with `unable to remove container(s)`. -a takes every container the runtime lists.

import { plain } from '../../../errdefs/errdefs';
import { rpcErrorText, runtimeServiceOf, type CrictlCommand } from '../crictl-env';
import { idsOrAll } from './shared';

export const rmCommand: CrictlCommand = {
  name: 'rm',
  usage: 'Remove one or more containers',
  argsUsage: 'CONTAINER-ID [CONTAINER-ID...]',
  shortOptionHandling: true,
  flags: [
    { names: ['force', 'f'], kind: 'bool', usage: 'Force removal of the container, disregarding if running' },
    { names: ['all', 'a'], kind: 'bool', usage: 'Remove all containers' },
  ],
  action: async (c) => {
    const runtime = await runtimeServiceOf(c, 0);
    const wait = { wait: (ms: number) => c.io.pace(ms) };
    const ids = await idsOrAll(c, async () => (await runtime.listContainers({})).containers.map((ctr) => ctr.id));
    if (!ids) return;
    let errored = false;
    for (const id of ids) {
      let state;
      try {
        state = (await runtime.containerStatus({ containerId: id, verbose: false })).status.state;
      } catch (err) {
        c.env.log.error(rpcErrorText(err));
        errored = true;
        continue;
      }
      if (state === 'CONTAINER_RUNNING') {
        if (!c.bool('force')) {
          c.env.log.error(`container ${JSON.stringify(id)} is running, please stop it first`);
          errored = true;
          continue;
        }
        try {
          if (id === '') throw plain('ID cannot be empty');
          await runtime.stopContainer({ containerId: id, timeout: 0 }, wait);
          c.io.stdout(`${id}\n`);
        } catch (err) {
          c.env.log.error(`stopping the container ${JSON.stringify(id)} failed: ${rpcErrorText(err)}`);
          errored = true;
          continue;
        }
      }
      try {
        if (id === '') throw plain('ID cannot be empty');
        await runtime.removeContainer({ containerId: id }, wait);
      } catch (err) {
        c.env.log.error(`removing container ${JSON.stringify(id)} failed: ${rpcErrorText(err)}`);
        errored = true;
        continue;
      }
      c.io.stdout(`${id}\n`);
    }
    if (errored) throw plain('unable to remove container(s)');
  },
};
