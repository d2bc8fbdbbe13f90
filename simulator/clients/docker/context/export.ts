// `docker context export` (docker/cli 20.10 cli/command/context/export.go): a context that does not
// exist is refused; writing its tar (or a kubeconfig) is not simulated here.

import type { DockerCommand } from '../docker-env';
import { CliError } from '../../../cli/cli-error';
import { NotSimulatedError } from '../../../cli/not-simulated';
import { loadContext } from './context-store';

export const contextExportCommand: DockerCommand = {
  name: 'export',
  argsUsage: '[OPTIONS] CONTEXT [FILE|-]',
  usage: 'Export a context to a tar or kubeconfig file',
  args: { min: 1, max: 2 },
  flags: [
    { names: ['kubeconfig'], kind: 'bool', usage: 'Export as a kubeconfig file' },
  ],
  action: (c) => {
    const name = c.args[0] ?? '';
    if (!loadContext(c, name)) throw new CliError(`context "${name}" does not exist`, 1);
    throw new NotSimulatedError('docker context export', 'https://docs.docker.com/engine/reference/commandline/context_export/');
  },
};
