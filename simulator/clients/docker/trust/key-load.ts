// `docker trust key load` (docker/cli 20.10 cli/command/trust/key_load.go): `Loading key from
// "f"...`, then the file is checked (a missing one: `refusing to load key from f: stat f: …`);
// importing a key under a passphrase is not simulated here.

import type { DockerCommand } from '../docker-env';
import { CliError } from '../../../cli/cli-error';
import { NotSimulatedError } from '../../../cli/not-simulated';
import { TRUST_DOCS } from '../notary-offline';
import { exists, normalizePath } from '../../../host/vfs';

export const trustKeyLoadCommand: DockerCommand = {
  name: 'load',
  argsUsage: '[OPTIONS] KEYFILE',
  usage: 'Load a private key file for signing',
  args: { min: 1, max: 1 },
  flags: [
    { names: ['name'], kind: 'string', usage: 'Name for the loaded key', value: 'signer' },
  ],
  action: (c) => {
    const file = c.args[0] ?? '';
    c.io.stdout(`Loading key from "${file}"...\n`);
    if (!exists(c.env.node.state.host.files, normalizePath(file, c.io.cwd))) throw new CliError(`refusing to load key from ${file}: stat ${file}: no such file or directory`, 1);
    throw new NotSimulatedError('docker trust key load', TRUST_DOCS);
  },
};
