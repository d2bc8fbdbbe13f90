// `docker config create` (docker/cli 20.10 cli/command/config/create.go): the content is read first
// (a file, or stdin for `-`), then the manager's API is called, refused on node1
// (swarm/manager-call.ts).

import type { DockerCommand } from '../docker-env';
import { CliError } from '../../../cli/cli-error';
import { managerCall } from '../swarm/manager-call';
import { sourceError } from '../swarm/read-source';

export const configCreateCommand: DockerCommand = {
  name: 'create',
  argsUsage: '[OPTIONS] CONFIG file|-',
  usage: 'Create a config from a file or STDIN',
  args: { min: 2, max: 2 },
  flags: [
    { names: ['label', 'l'], kind: 'stringArray', typeName: 'list', usage: 'Config labels' },
    { names: ['template-driver'], kind: 'string', usage: 'Template driver' },
  ],
  action: (c) => {
    const error = sourceError(c, c.args[1] ?? '');
    if (error !== undefined) throw new CliError(error, 1);
    managerCall(c);
  },
};
