// `crictl start CONTAINER-ID...` (container.go:196-218, StartContainer 727-737 @v1.26.0): each
// id is passed to the runtime as given (the plugin resolves unique prefixes) and printed once
// started; the first failure ends the command: `starting the container "<id>": <error>`.

import { plain } from '../../../errdefs/errdefs';
import { rpcErrorText, runtimeServiceOf, type CrictlCommand } from '../crictl-env';

export const startCommand: CrictlCommand = {
  name: 'start',
  usage: 'Start one or more created containers',
  argsUsage: 'CONTAINER-ID [CONTAINER-ID...]',
  action: async (c) => {
    if (c.args.length === 0) {
      c.io.stdout(c.helpText());
      return;
    }
    const runtime = await runtimeServiceOf(c, 0);
    for (const id of c.args) {
      if (id === '') throw plain(`starting the container ${JSON.stringify(id)}: ID cannot be empty`);
      try {
        await runtime.startContainer({ containerId: id }, { wait: (ms) => c.io.pace(ms) });
      } catch (err) {
        throw plain(`starting the container ${JSON.stringify(id)}: ${rpcErrorText(err)}`);
      }
      c.io.stdout(`${id}\n`);
    }
  },
};
