// `crictl stop [-t SECONDS] CONTAINER-ID...` (container.go:289-319, StopContainer 803-813
// @v1.26.0): StopContainer with the timeout (0 by default: SIGKILL at once), each id printed
// once stopped; the first failure ends it: `stopping the container "<id>": <error>`. 1.26 has
// no --all here (it came later).

import type { CrictlCommand } from '../crictl-env';
import { eachIdInTurn } from './shared';

export const stopCommand: CrictlCommand = {
  name: 'stop',
  usage: 'Stop one or more running containers',
  argsUsage: 'CONTAINER-ID [CONTAINER-ID...]',
  shortOptionHandling: true,
  flags: [{ names: ['timeout', 't'], kind: 'int64', usage: 'Seconds to wait to kill the container after a graceful stop is requested', value: 0 }],
  action: (c) =>
    eachIdInTurn(c, (id) => `stopping the container ${JSON.stringify(id)}`, async (runtime, id) => {
      await runtime.stopContainer({ containerId: id, timeout: c.int('timeout') }, { wait: (ms) => c.io.pace(ms) });
      return `${id}\n`;
    }),
};
