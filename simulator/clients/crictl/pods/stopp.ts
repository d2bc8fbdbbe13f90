// `crictl stopp POD-ID [POD-ID...]` (cmd/crictl/sandbox.go:89-110, StopPodSandbox 331-343
// @v1.26.0): each id (a unique prefix is the runtime's to resolve) is stopped in turn and
// `Stopped sandbox <id as typed>` printed; the first failure ends the command.

import { plain } from '../../../errdefs/errdefs';
import { rpcErrorText, runtimeServiceOf, type CrictlCommand } from '../crictl-env';

export const stoppCommand: CrictlCommand = {
  name: 'stopp',
  usage: 'Stop one or more running pods',
  argsUsage: 'POD-ID [POD-ID...]',
  action: async (c) => {
    if (c.args.length === 0) {
      c.io.stdout(c.helpText());
      return;
    }
    const runtime = await runtimeServiceOf(c, 0);
    for (const id of c.args) {
      const fail = (text: string) => plain(`stopping the pod sandbox ${JSON.stringify(id)}: ${text}`);
      if (id === '') throw fail('ID cannot be empty');
      try {
        await runtime.stopPodSandbox({ podSandboxId: id }, { wait: (ms) => c.io.pace(ms) });
      } catch (err) {
        throw fail(rpcErrorText(err));
      }
      c.io.stdout(`Stopped sandbox ${id}\n`);
    }
  },
};
