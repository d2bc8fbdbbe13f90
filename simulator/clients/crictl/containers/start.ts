// `crictl start CONTAINER-ID...` (container.go:196-218, StartContainer 727-737 @v1.26.0): each
// id is passed to the runtime as given (the plugin resolves unique prefixes) and printed once
// started; the first failure ends the command: `starting the container "<id>": <error>`.

import type { CrictlCommand } from '../crictl-env';
import { eachIdInTurn } from './shared';

export const startCommand: CrictlCommand = {
  name: 'start',
  usage: 'Start one or more created containers',
  argsUsage: 'CONTAINER-ID [CONTAINER-ID...]',
  action: (c) =>
    eachIdInTurn(c, (id) => `starting the container ${JSON.stringify(id)}`, async (runtime, id) => {
      await runtime.startContainer({ containerId: id }, { wait: (ms) => c.io.pace(ms) });
      return `${id}\n`;
    }),
};
