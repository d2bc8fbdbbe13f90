// `docker stack services` (docker/cli 20.10 cli/command/stack/services.go): with the swarm
// orchestrator, a call of the manager's API, refused on node1 (in no swarm: swarm/manager-call.ts);
// Kubernetes stacks are not simulated.

import type { DockerCommand } from '../docker-env';
import { managerCall } from '../swarm/manager-call';
import { stackOrchestrator } from './orchestrator';

export const stackServicesCommand: DockerCommand = {
  name: 'services',
  argsUsage: '[OPTIONS] STACK',
  usage: 'List the services in the stack',
  args: { min: 1, max: 1 },
  flags: [
    { names: ['filter', 'f'], kind: 'stringArray', typeName: 'filter', usage: 'Filter output based on conditions provided' },
    { names: ['format'], kind: 'string', usage: 'Pretty-print services using a Go template' },
    { names: ['quiet', 'q'], kind: 'bool', usage: 'Only display IDs' },
  ],
  action: (c) => {
    stackOrchestrator(c);
    managerCall(c);
  },
};
