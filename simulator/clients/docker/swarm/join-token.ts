// `docker swarm join-token` (docker/cli 20.10 cli/command/swarm/join-token.go): the role is checked
// first (`unknown role x`), then the swarm is inspected, refused on node1 (in no swarm:
// manager-call.ts).

import type { DockerCommand } from '../docker-env';
import { CliError } from '../../../cli/cli-error';
import { managerCall } from './manager-call';

export const swarmJoinTokenCommand: DockerCommand = {
  name: 'join-token',
  argsUsage: '[OPTIONS] (worker|manager)',
  usage: 'Manage join tokens',
  args: { min: 1, max: 1 },
  flags: [
    { names: ['quiet', 'q'], kind: 'bool', usage: 'Only display token' },
    { names: ['rotate'], kind: 'bool', usage: 'Rotate join token' },
  ],
  action: (c) => {
    const role = c.args[0] ?? '';
    if (role !== 'worker' && role !== 'manager') throw new CliError(`unknown role ${role}`, 1);
    managerCall(c);
  },
};
