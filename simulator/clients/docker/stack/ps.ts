// `docker stack ps` (docker/cli 20.10 cli/command/stack/ps.go): with the swarm orchestrator, a call
// of the manager's API, refused on node1 (in no swarm: swarm/manager-call.ts); Kubernetes stacks
// are not simulated.

import type { DockerCommand } from '../docker-env';
import { managerCall } from '../swarm/manager-call';
import { stackOrchestrator } from './orchestrator';

export const stackPsCommand: DockerCommand = {
  name: 'ps',
  argsUsage: '[OPTIONS] STACK',
  usage: 'List the tasks in the stack',
  args: { min: 1, max: 1 },
  flags: [
    { names: ['filter', 'f'], kind: 'stringArray', typeName: 'filter', usage: 'Filter output based on conditions provided' },
    { names: ['format'], kind: 'string', usage: 'Pretty-print tasks using a Go template' },
    { names: ['no-resolve'], kind: 'bool', usage: 'Do not map IDs to Names' },
    { names: ['no-trunc'], kind: 'bool', usage: 'Do not truncate output' },
    { names: ['quiet', 'q'], kind: 'bool', usage: 'Only display task IDs' },
  ],
  action: (c) => {
    stackOrchestrator(c);
    managerCall(c);
  },
};
