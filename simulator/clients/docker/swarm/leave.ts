// `docker swarm leave` (docker/cli 20.10 cli/command/swarm/leave.go): the daemon's answer on a node
// in no swarm (errNoSwarm), exit 1.

import type { DockerCommand } from '../docker-env';
import { daemonOf } from '../docker-env';

export const swarmLeaveCommand: DockerCommand = {
  name: 'leave',
  argsUsage: '[OPTIONS]',
  usage: 'Leave the swarm',
  args: { max: 0 },
  flags: [
    { names: ['force', 'f'], kind: 'bool', usage: 'Force this node to leave the swarm, ignoring warnings' },
  ],
  action: (c) => {
    daemonOf(c).swarm.leave();
  },
};
