// `docker context import` (docker/cli 20.10 cli/command/context/import.go): the archive is opened
// first (a missing file: Go's open error); reading a context's tar or zip is not simulated here.

import type { DockerCommand } from '../docker-env';
import { CliError } from '../../../cli/cli-error';
import { NotSimulatedError } from '../../../cli/not-simulated';
import { exists, normalizePath } from '../../../host/vfs';

export const contextImportCommand: DockerCommand = {
  name: 'import',
  argsUsage: 'CONTEXT FILE|-',
  usage: 'Import a context from a tar or zip file',
  args: { min: 2, max: 2 },
  action: (c) => {
    const file = c.args[1] ?? '';
    if (file !== '-' && !exists(c.env.node.state.host.files, normalizePath(file, c.io.cwd))) throw new CliError(`open ${file}: no such file or directory`, 1);
    throw new NotSimulatedError('docker context import', 'https://docs.docker.com/engine/reference/commandline/context_import/');
  },
};
