// `docker trust key generate` (docker/cli 20.10 cli/command/trust/key_generate.go): a new key pair
// under a passphrase typed twice on the terminal: not simulated here.

import type { DockerCommand } from '../docker-env';
import { NotSimulatedError } from '../../../cli/not-simulated';
import { TRUST_DOCS } from '../notary-offline';

export const trustKeyGenerateCommand: DockerCommand = {
  name: 'generate',
  argsUsage: 'NAME',
  usage: 'Generate and load a signing key-pair',
  args: { min: 1, max: 1 },
  flags: [
    { names: ['dir'], kind: 'string', usage: 'Directory to generate key in, defaults to current directory' },
  ],
  action: () => {
    throw new NotSimulatedError('docker trust key generate', TRUST_DOCS);
  },
};
