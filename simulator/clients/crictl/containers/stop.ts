// `crictl stop [-t SECONDS] CONTAINER-ID...` (container.go:289-319, StopContainer 803-813
// @v1.26.0): StopContainer with the timeout (0 by default: SIGKILL at once), each id printed
// once stopped; the first failure ends it: `stopping the container "<id>": <error>`. 1.26 has
// no --all here (it came later).

import { plain } from '../../../errdefs/errdefs';
import { rpcErrorText, runtimeServiceOf, type CrictlCommand } from '../crictl-env';

export const stopCommand: CrictlCommand = {
  name: 'stop',
  usage: 'Stop one or more running containers',
  argsUsage: 'CONTAINER-ID [CONTAINER-ID...]',
  shortOptionHandling: true,
  flags: [{ names: ['timeout', 't'], kind: 'int64', usage: 'Seconds to wait to kill the container after a graceful stop is requested', value: 0 }],
  action: async (c) => {
    if (c.args.length === 0) {
      c.io.stdout(c.helpText());
      return;
    }
    const runtime = await runtimeServiceOf(c, 0);
    const timeout = c.int('timeout');
    for (const id of c.args) {
      if (id === '') throw plain(`stopping the container ${JSON.stringify(id)}: ID cannot be empty`);
      try {
        await runtime.stopContainer({ containerId: id, timeout }, { wait: (ms) => c.io.pace(ms) });
      } catch (err) {
        throw plain(`stopping the container ${JSON.stringify(id)}: ${rpcErrorText(err)}`);
      }
      c.io.stdout(`${id}\n`);
    }
  },
};
