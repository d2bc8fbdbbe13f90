// `docker trust revoke` (docker/cli 20.10 cli/command/trust/revoke.go): without -y it asks first
// and stops unless told `y`; revoking (a notary server) is not simulated here.

import type { DockerCommand } from '../docker-env';
import { NotSimulatedError } from '../../../cli/not-simulated';
import { TRUST_DOCS } from '../notary-offline';

export const trustRevokeCommand: DockerCommand = {
  name: 'revoke',
  argsUsage: '[OPTIONS] IMAGE[:TAG]',
  usage: 'Remove trust for an image',
  args: { min: 1, max: 1 },
  flags: [
    { names: ['yes', 'y'], kind: 'bool', usage: 'Do not prompt for confirmation' },
  ],
  action: (c) => {
    const ref = c.args[0] ?? '';
    if (!c.bool('yes')) {
      c.io.stdout(`Please confirm you would like to delete all signature data for ${ref}? [y/N] `);
      const answer = c.io.stdin.trimStart().split(/\s/)[0] ?? '';
      if (answer !== 'y' && answer !== 'Y') {
        c.io.stdout('\nAborting action.\n');
        return;
      }
    }
    throw new NotSimulatedError('docker trust revoke', TRUST_DOCS);
  },
};
