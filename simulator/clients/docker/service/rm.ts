// `docker service rm` (docker/cli 20.10 cli/command/service/rm.go): a call of the swarm manager's
// API, refused on node1 (in no swarm) as swarm/manager-call.ts says.

import type { DockerCommand } from '../docker-env';
import { managerCall } from '../swarm/manager-call';

export const serviceRmCommand: DockerCommand = {
  name: 'rm',
  aliases: ['remove'],
  argsUsage: 'SERVICE [SERVICE...]',
  usage: 'Remove one or more services',
  args: { min: 1 },
  action: managerCall,
};
