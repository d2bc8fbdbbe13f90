// `docker unpause` / `docker container unpause` (docker/cli 20.10 cli/command/container/unpause.go).

import { daemonOf, type DockerCommand } from '../docker-env';
import { forEachContainer } from './for-each';

export const containerUnpauseCommand: DockerCommand = {
  name: 'unpause',
  argsUsage: 'CONTAINER [CONTAINER...]',
  usage: 'Unpause all processes within one or more containers',
  args: { min: 1 },
  action: (c) => {
    const daemon = daemonOf(c);
    return forEachContainer(c, (ref) => {
      daemon.containers.unpause(ref);
      return ref;
    });
  },
};

export const unpauseCommand: DockerCommand = { ...containerUnpauseCommand };
