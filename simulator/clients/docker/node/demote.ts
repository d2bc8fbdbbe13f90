// `docker node demote` (docker/cli 20.10 cli/command/node/demote.go): a call of the swarm manager's
// API, refused on node1 (in no swarm) as swarm/manager-call.ts says.

import type { DockerCommand } from '../docker-env';
import { managerCall } from '../swarm/manager-call';

export const nodeDemoteCommand: DockerCommand = {
  name: 'demote',
  argsUsage: 'NODE [NODE...]',
  usage: 'Demote one or more nodes from manager in the swarm',
  args: { min: 1 },
  action: managerCall,
};
