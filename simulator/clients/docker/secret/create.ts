// `docker secret create` (docker/cli 20.10 cli/command/secret/create.go): the content is read first
// (a file, or stdin for `-`; readSecretData's wording), then the manager's API is called, refused
// on node1 (swarm/manager-call.ts).

import type { DockerCommand } from '../docker-env';
import { CliError } from '../../../cli/cli-error';
import { managerCall } from '../swarm/manager-call';
import { sourceError } from '../swarm/read-source';

export const secretCreateCommand: DockerCommand = {
  name: 'create',
  argsUsage: '[OPTIONS] SECRET [file|-]',
  usage: 'Create a secret from a file or STDIN as content',
  args: { min: 1, max: 2 },
  flags: [
    { names: ['driver', 'd'], kind: 'string', usage: 'Secret driver' },
    { names: ['label', 'l'], kind: 'stringArray', typeName: 'list', usage: 'Secret labels' },
    { names: ['template-driver'], kind: 'string', usage: 'Template driver' },
  ],
  action: (c) => {
    const file = c.args[1];
    const error = file === undefined ? undefined : sourceError(c, file);
    if (error !== undefined) throw new CliError(`Error reading content from ${JSON.stringify(file)}: ${error}`, 1);
    managerCall(c);
  },
};
