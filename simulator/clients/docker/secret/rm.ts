// `docker secret rm` (docker/cli 20.10 cli/command/secret/rm.go): a call of the swarm manager's
// API, refused on node1 (in no swarm) as swarm/manager-call.ts says.

import type { DockerCommand } from '../docker-env';
import { managerCall } from '../swarm/manager-call';

export const secretRmCommand: DockerCommand = {
  name: 'rm',
  aliases: ['remove'],
  argsUsage: 'SECRET [SECRET...]',
  usage: 'Remove one or more secrets',
  args: { min: 1 },
  action: managerCall,
};
