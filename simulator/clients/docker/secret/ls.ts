// `docker secret ls` (docker/cli 20.10 cli/command/secret/ls.go): a call of the swarm manager's
// API, refused on node1 (in no swarm) as swarm/manager-call.ts says.

import type { DockerCommand } from '../docker-env';
import { managerCall } from '../swarm/manager-call';

export const secretLsCommand: DockerCommand = {
  name: 'ls',
  aliases: ['list'],
  argsUsage: '[OPTIONS]',
  usage: 'List secrets',
  args: { max: 0 },
  flags: [
    { names: ['filter', 'f'], kind: 'stringArray', typeName: 'filter', usage: 'Filter output based on conditions provided' },
    { names: ['format'], kind: 'string', usage: 'Pretty-print secrets using a Go template' },
    { names: ['quiet', 'q'], kind: 'bool', usage: 'Only display IDs' },
  ],
  action: managerCall,
};
