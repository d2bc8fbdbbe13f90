// `nerdctl pause` and `nerdctl unpause` (cmd/nerdctl/pause.go, unpause.go@v0.22.2): freeze or
// thaw each container's task, printing the argument as given. `container <id> is already
// paused`, `container <id> is not running`, `container <id> is not paused`.

import { clientOf, type NerdctlCommand } from '../nerdctl-env';
import { forEachContainer } from './for-each';

export const pauseCommand: NerdctlCommand = {
  name: 'pause',
  usage: 'Pause all processes within one or more containers',
  argsUsage: '[flags] CONTAINER [CONTAINER, ...]',
  args: { min: 1 },
  action: async (c) => {
    await forEachContainer(clientOf(c), c.args, (found) => {
      const id = found.container.id;
      const task = found.container.task();
      const status = task.status();
      if (status === 'PAUSED') throw new Error(`container ${id} is already paused`);
      if (status === 'CREATED' || status === 'STOPPED') throw new Error(`container ${id} is not running`);
      task.pause();
      c.io.stdout(`${found.req}\n`);
    });
  },
};

export const unpauseCommand: NerdctlCommand = {
  name: 'unpause',
  usage: 'Unpause all processes within one or more containers',
  argsUsage: '[flags] CONTAINER [CONTAINER, ...]',
  args: { min: 1 },
  action: async (c) => {
    await forEachContainer(clientOf(c), c.args, (found) => {
      const task = found.container.task();
      if (task.status() !== 'PAUSED') throw new Error(`container ${found.container.id} is not paused`);
      task.resume();
      c.io.stdout(`${found.req}\n`);
    });
  },
};
