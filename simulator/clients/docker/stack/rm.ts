// `docker stack rm` (docker/cli 20.10 cli/command/stack/rm.go): with the swarm orchestrator, a call
// of the manager's API, refused on node1 (in no swarm: swarm/manager-call.ts); Kubernetes stacks
// are not simulated.

import type { DockerCommand } from '../docker-env';
import { managerCall } from '../swarm/manager-call';
import { stackOrchestrator } from './orchestrator';

export const stackRmCommand: DockerCommand = {
  name: 'rm',
  aliases: ['remove', 'down'],
  argsUsage: '[OPTIONS] STACK [STACK...]',
  usage: 'Remove one or more stacks',
  args: { min: 1 },
  flags: [
  ],
  action: (c) => {
    stackOrchestrator(c);
    managerCall(c);
  },
};
