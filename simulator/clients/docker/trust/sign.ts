// `docker trust sign` (docker/cli 20.10 cli/command/trust/sign.go): signing talks to the image's
// notary server: unreachable on an offline node; keys and a reachable notary are not simulated
// here.

import type { DockerCommand } from '../docker-env';
import { CliError } from '../../../cli/cli-error';
import { notaryDialError } from '../notary-offline';

export const trustSignCommand: DockerCommand = {
  name: 'sign',
  argsUsage: 'IMAGE:TAG',
  usage: 'Sign an image',
  args: { min: 1, max: 1 },
  flags: [
    { names: ['local'], kind: 'bool', usage: 'Sign a locally tagged image' },
  ],
  action: (c) => {
    throw new CliError(`Error: error contacting notary server: ${notaryDialError(c, 'docker trust sign')}`, 1);
  },
};
