// `docker node rm` (docker/cli 20.10 cli/command/node/rm.go): a call of the swarm manager's API,
// refused on node1 (in no swarm) as swarm/manager-call.ts says.

import type { DockerCommand } from '../docker-env';
import { managerCall } from '../swarm/manager-call';

export const nodeRmCommand: DockerCommand = {
  name: 'rm',
  aliases: ['remove'],
  argsUsage: '[OPTIONS] NODE [NODE...]',
  usage: 'Remove one or more nodes from the swarm',
  args: { min: 1 },
  flags: [
    { names: ['force', 'f'], kind: 'bool', usage: 'Force remove a node from the swarm' },
  ],
  action: managerCall,
};
