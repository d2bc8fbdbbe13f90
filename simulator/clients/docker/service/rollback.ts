// `docker service rollback` (docker/cli 20.10 cli/command/service/rollback.go): a call of the swarm
// manager's API, refused on node1 (in no swarm) as swarm/manager-call.ts says.

import type { DockerCommand } from '../docker-env';
import { managerCall } from '../swarm/manager-call';

export const serviceRollbackCommand: DockerCommand = {
  name: 'rollback',
  argsUsage: '[OPTIONS] SERVICE',
  usage: 'Revert changes to a service\'s configuration',
  args: { min: 1, max: 1 },
  flags: [
    { names: ['detach', 'd'], kind: 'bool', usage: 'Exit immediately instead of waiting for the service to converge' },
    { names: ['quiet', 'q'], kind: 'bool', usage: 'Suppress progress output' },
  ],
  action: managerCall,
};
