// `docker node ps` (docker/cli 20.10 cli/command/node/ps.go): a call of the swarm manager's API,
// refused on node1 (in no swarm) as swarm/manager-call.ts says.

import type { DockerCommand } from '../docker-env';
import { managerCall } from '../swarm/manager-call';

export const nodePsCommand: DockerCommand = {
  name: 'ps',
  argsUsage: '[OPTIONS] [NODE...]',
  usage: 'List tasks running on one or more nodes, defaults to current node',
  flags: [
    { names: ['filter', 'f'], kind: 'stringArray', typeName: 'filter', usage: 'Filter output based on conditions provided' },
    { names: ['format'], kind: 'string', usage: 'Pretty-print tasks using a Go template' },
    { names: ['no-resolve'], kind: 'bool', usage: 'Do not map IDs to Names' },
    { names: ['no-trunc'], kind: 'bool', usage: 'Do not truncate output' },
    { names: ['quiet', 'q'], kind: 'bool', usage: 'Only display task IDs' },
  ],
  action: managerCall,
};
