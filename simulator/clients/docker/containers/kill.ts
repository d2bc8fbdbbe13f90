// `docker kill` / `docker container kill` (docker/cli 20.10 cli/command/container/kill.go): the
// signal (-s, default KILL) to each container, its name as typed printed.

import { daemonOf, type DockerCommand } from '../docker-env';
import { forEachContainer } from './for-each';

export const containerKillCommand: DockerCommand = {
  name: 'kill',
  argsUsage: '[OPTIONS] CONTAINER [CONTAINER...]',
  usage: 'Kill one or more running containers',
  args: { min: 1 },
  flags: [{ names: ['signal', 's'], kind: 'string', usage: 'Signal to send to the container', value: 'KILL' }],
  action: (c) => {
    const daemon = daemonOf(c);
    return forEachContainer(c, (ref) => {
      daemon.containers.kill(ref, c.string('signal'));
      return ref;
    });
  },
};

export const killCommand: DockerCommand = { ...containerKillCommand };
