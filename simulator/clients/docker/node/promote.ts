// `docker node promote` (docker/cli 20.10 cli/command/node/promote.go): a call of the swarm
// manager's API, refused on node1 (in no swarm) as swarm/manager-call.ts says.

import type { DockerCommand } from '../docker-env';
import { managerCall } from '../swarm/manager-call';

export const nodePromoteCommand: DockerCommand = {
  name: 'promote',
  argsUsage: 'NODE [NODE...]',
  usage: 'Promote one or more nodes to manager in the swarm',
  args: { min: 1 },
  action: managerCall,
};
