// `docker trust signer remove` (docker/cli 20.10 cli/command/trust/signer_remove.go): `Removing
// signer "x" from repo...` per repository, then the repository's signers from its notary server:
// unreachable on an offline node; a reachable notary is not simulated here.

import type { DockerCommand } from '../docker-env';
import { CliError } from '../../../cli/cli-error';
import { notaryDialError } from '../notary-offline';

export const trustSignerRemoveCommand: DockerCommand = {
  name: 'remove',
  argsUsage: '[OPTIONS] NAME REPOSITORY [REPOSITORY...]',
  usage: 'Remove a signer',
  args: { min: 2 },
  flags: [
    { names: ['force', 'f'], kind: 'bool', usage: 'Do not prompt for confirmation before removing the most recent signer' },
  ],
  action: (c) => {
    const [signer = '', ...repos] = c.args;
    const failed: string[] = [];
    for (const repo of repos) {
      c.io.stdout(`Removing signer "${signer}" from ${repo}...\n`);
      c.io.stderr(`error retrieving signers for ${repo}: ${notaryDialError(c, 'docker trust signer remove')}\n`);
      failed.push(repo);
    }
    throw new CliError(`\nError removing signer from: ${failed.join(', ')}`, 1);
  },
};
