// `docker trust signer add` (docker/cli 20.10 cli/command/trust/signer_add.go): the public key file
// is read first (a missing one: `unable to read public key from file: open f: …`); adding a signer
// on a notary server is not simulated here.

import type { DockerCommand } from '../docker-env';
import { CliError } from '../../../cli/cli-error';
import { NotSimulatedError } from '../../../cli/not-simulated';
import { TRUST_DOCS } from '../notary-offline';
import { exists, normalizePath } from '../../../host/vfs';

export const trustSignerAddCommand: DockerCommand = {
  name: 'add',
  argsUsage: 'OPTIONS NAME REPOSITORY [REPOSITORY...] ',
  usage: 'Add a signer',
  args: { min: 2 },
  flags: [
    { names: ['key'], kind: 'stringArray', typeName: 'list', usage: 'Path to the signer\'s public key file' },
  ],
  action: (c) => {
    const key = c.stringSlice('key')[0];
    if (key !== undefined && !exists(c.env.node.state.host.files, normalizePath(key, c.io.cwd))) throw new CliError(`unable to read public key from file: open ${key}: no such file or directory`, 1);
    throw new NotSimulatedError('docker trust signer add', TRUST_DOCS);
  },
};
