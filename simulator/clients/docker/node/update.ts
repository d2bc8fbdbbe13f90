// `docker node update` (docker/cli 20.10 cli/command/node/update.go): a call of the swarm manager's
// API, refused on node1 (in no swarm) as swarm/manager-call.ts says.

import type { DockerCommand } from '../docker-env';
import { managerCall } from '../swarm/manager-call';

export const nodeUpdateCommand: DockerCommand = {
  name: 'update',
  argsUsage: '[OPTIONS] NODE',
  usage: 'Update a node',
  args: { min: 1, max: 1 },
  flags: [
    { names: ['availability'], kind: 'string', usage: 'Availability of the node ("active"|"pause"|"drain")' },
    { names: ['label-add'], kind: 'stringArray', typeName: 'list', usage: 'Add or update a node label (key=value)' },
    { names: ['label-rm'], kind: 'stringArray', typeName: 'list', usage: 'Remove a node label if exists' },
    { names: ['role'], kind: 'string', usage: 'Role of the node ("worker"|"manager")' },
  ],
  action: managerCall,
};
