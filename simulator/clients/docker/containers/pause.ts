// `docker pause` / `docker container pause` (docker/cli 20.10 cli/command/container/pause.go).

import { daemonOf, type DockerCommand } from '../docker-env';
import { forEachContainer } from './for-each';

export const containerPauseCommand: DockerCommand = {
  name: 'pause',
  argsUsage: 'CONTAINER [CONTAINER...]',
  usage: 'Pause all processes within one or more containers',
  args: { min: 1 },
  action: (c) => {
    const daemon = daemonOf(c);
    return forEachContainer(c, (ref) => {
      daemon.containers.pause(ref);
      return ref;
    });
  },
};

export const pauseCommand: DockerCommand = { ...containerPauseCommand };
