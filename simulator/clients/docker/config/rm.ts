// `docker config rm` (docker/cli 20.10 cli/command/config/rm.go): a call of the swarm manager's
// API, refused on node1 (in no swarm) as swarm/manager-call.ts says.

import type { DockerCommand } from '../docker-env';
import { managerCall } from '../swarm/manager-call';

export const configRmCommand: DockerCommand = {
  name: 'rm',
  aliases: ['remove'],
  argsUsage: 'CONFIG [CONFIG...]',
  usage: 'Remove one or more configs',
  args: { min: 1 },
  action: managerCall,
};
