// `docker restart` / `docker container restart` (docker/cli 20.10 cli/command/container/
// restart.go): each container stopped (-t) and started again, its name as typed printed.

import { daemonOf, type DockerCommand } from '../docker-env';
import { forEachContainer } from './for-each';

export const containerRestartCommand: DockerCommand = {
  name: 'restart',
  argsUsage: '[OPTIONS] CONTAINER [CONTAINER...]',
  usage: 'Restart one or more containers',
  args: { min: 1 },
  flags: [{ names: ['time', 't'], kind: 'int', usage: 'Seconds to wait for stop before killing the container', value: 10 }],
  action: (c) => {
    const daemon = daemonOf(c);
    const timeout = c.isSet('time') ? c.int('time') : undefined;
    return forEachContainer(c, async (ref) => {
      await daemon.containers.restart(ref, timeout, c.io.time);
      return ref;
    });
  },
};

export const restartCommand: DockerCommand = { ...containerRestartCommand };
