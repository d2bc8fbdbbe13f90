// `docker swarm unlock` (docker/cli 20.10 cli/command/swarm/unlock.go): the CLI reads `docker info`
// first and stops when the node is in no swarm (`Error: This node is not part of a swarm`), as it
// is on node1.

import type { DockerCommand } from '../docker-env';
import { CliError } from '../../../cli/cli-error';
import { daemonOf } from '../docker-env';

export const swarmUnlockCommand: DockerCommand = {
  name: 'unlock',
  usage: 'Unlock swarm',
  args: { max: 0 },
  action: (c) => {
    daemonOf(c).info();
    throw new CliError('Error: This node is not part of a swarm', 1);
  },
};
