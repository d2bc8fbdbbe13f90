// `docker trust inspect` (docker/cli 20.10 cli/command/trust/inspect.go): the signatures come from
// the image's notary server: on a node whose registries cannot be reached, `[]` and `No signatures
// or cannot access x`; a reachable notary is not simulated here.

import type { DockerCommand } from '../docker-env';
import { CliError } from '../../../cli/cli-error';
import { notaryDialError } from '../notary-offline';

export const trustInspectCommand: DockerCommand = {
  name: 'inspect',
  argsUsage: 'IMAGE[:TAG] [IMAGE[:TAG]...]',
  usage: 'Return low-level information about keys and signatures',
  args: { min: 1 },
  flags: [
    { names: ['pretty'], kind: 'bool', usage: 'Print the information in a human friendly format' },
  ],
  action: (c) => {
    notaryDialError(c, 'docker trust inspect');
    c.io.stdout('[]\n');
    throw new CliError(c.args.map((ref) => `No signatures or cannot access ${ref}`).join('\n'), 1);
  },
};
