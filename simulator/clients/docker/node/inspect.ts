// `docker node inspect` (docker/cli 20.10 cli/command/node/inspect.go): inspect.Inspect over the
// manager's nodes: `[]`, then the wrapped error (swarm/manager-call.ts).

import type { DockerCommand } from '../docker-env';
import { managerInspect } from '../swarm/manager-call';

export const nodeInspectCommand: DockerCommand = {
  name: 'inspect',
  argsUsage: '[OPTIONS] self|NODE [NODE...]',
  usage: 'Display detailed information on one or more nodes',
  args: { min: 1 },
  flags: [
    { names: ['format', 'f'], kind: 'string', usage: 'Format the output using the given Go template' },
    { names: ['pretty'], kind: 'bool', usage: 'Print the information in a human friendly format' },
  ],
  action: managerInspect,
};
