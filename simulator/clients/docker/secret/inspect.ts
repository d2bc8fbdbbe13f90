// `docker secret inspect` (docker/cli 20.10 cli/command/secret/inspect.go): inspect.Inspect over
// the manager's secrets: `[]`, then the wrapped error (swarm/manager-call.ts).

import type { DockerCommand } from '../docker-env';
import { managerInspect } from '../swarm/manager-call';

export const secretInspectCommand: DockerCommand = {
  name: 'inspect',
  argsUsage: '[OPTIONS] SECRET [SECRET...]',
  usage: 'Display detailed information on one or more secrets',
  args: { min: 1 },
  flags: [
    { names: ['format', 'f'], kind: 'string', usage: 'Format the output using the given Go template' },
    { names: ['pretty'], kind: 'bool', usage: 'Print the information in a human friendly format' },
  ],
  action: managerInspect,
};
