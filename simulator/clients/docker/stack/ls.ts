// `docker stack ls` (docker/cli 20.10 cli/command/stack/ls.go): with the swarm orchestrator, a call
// of the manager's API, refused on node1 (in no swarm: swarm/manager-call.ts); Kubernetes stacks
// are not simulated.

import type { DockerCommand } from '../docker-env';
import { managerCall } from '../swarm/manager-call';
import { stackOrchestrator } from './orchestrator';

export const stackLsCommand: DockerCommand = {
  name: 'ls',
  aliases: ['list'],
  argsUsage: '[OPTIONS]',
  usage: 'List stacks',
  args: { max: 0 },
  flags: [
    { names: ['format'], kind: 'string', usage: 'Pretty-print stacks using a Go template' },
  ],
  action: (c) => {
    stackOrchestrator(c);
    managerCall(c);
  },
};
