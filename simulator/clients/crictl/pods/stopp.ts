// `crictl stopp POD-ID [POD-ID...]` (cmd/crictl/sandbox.go:89-110, StopPodSandbox 331-343
// @v1.26.0): each id (a unique prefix is the runtime's to resolve) is stopped in turn and
// `Stopped sandbox <id as typed>` printed; the first failure ends the command.

import type { CrictlCommand } from '../crictl-env';
import { eachIdInTurn } from '../containers/shared';

export const stoppCommand: CrictlCommand = {
  name: 'stopp',
  usage: 'Stop one or more running pods',
  argsUsage: 'POD-ID [POD-ID...]',
  action: (c) =>
    eachIdInTurn(c, (id) => `stopping the pod sandbox ${JSON.stringify(id)}`, async (runtime, id) => {
      await runtime.stopPodSandbox({ podSandboxId: id }, { wait: (ms) => c.io.pace(ms) });
      return `Stopped sandbox ${id}\n`;
    }),
};
