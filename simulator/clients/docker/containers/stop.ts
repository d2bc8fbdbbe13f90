// `docker stop` / `docker container stop` (docker/cli 20.10 cli/command/container/stop.go): each
// container stopped in turn (-t seconds before SIGKILL), its name as typed printed.

import { daemonOf, type DockerCommand } from '../docker-env';
import { forEachContainer } from './for-each';

export const containerStopCommand: DockerCommand = {
  name: 'stop',
  argsUsage: '[OPTIONS] CONTAINER [CONTAINER...]',
  usage: 'Stop one or more running containers',
  args: { min: 1 },
  flags: [{ names: ['time', 't'], kind: 'int', usage: 'Seconds to wait for stop before killing it', value: 10 }],
  action: (c) => {
    const daemon = daemonOf(c);
    const timeout = c.isSet('time') ? c.int('time') : undefined;
    return forEachContainer(c, async (ref) => {
      await daemon.containers.stop(ref, timeout, c.io.time);
      return ref;
    });
  },
};

export const stopCommand: DockerCommand = { ...containerStopCommand };
