// `docker plugin install` (docker/cli 20.10 cli/command/plugin/install.go): the daemon resolves the
// plugin's reference on its registry first: with the registries unreachable, its error; a plugin's
// config and rootfs from a registry are not simulated here.

import type { DockerCommand } from '../docker-env';
import { NotSimulatedError } from '../../../cli/not-simulated';
import { daemonOf } from '../docker-env';
import { normalizeDockerRef } from '../../../oci/archive/docker-ref';

export const pluginInstallCommand: DockerCommand = {
  name: 'install',
  argsUsage: '[OPTIONS] PLUGIN [KEY=VALUE...]',
  usage: 'Install a plugin',
  args: { min: 1 },
  flags: [
    { names: ['alias'], kind: 'string', usage: 'Local name for plugin' },
    { names: ['disable'], kind: 'bool', usage: 'Do not enable the plugin on install' },
    { names: ['disable-content-trust'], kind: 'bool', usage: 'Skip image verification', value: true },
    { names: ['grant-all-permissions'], kind: 'bool', usage: 'Grant all permissions necessary to run the plugin' },
  ],
  action: (c) => {
    const ref = c.args[0] ?? '';
    const { name, tag } = normalizeDockerRef(ref);
    const error = daemonOf(c).plugins.pullError(name.replace(/^docker\.io\//, '').replace(/:[^/:]*$/, ''), tag);
    if (error) throw error;
    throw new NotSimulatedError('docker plugin install', 'https://docs.docker.com/engine/reference/commandline/plugin_install/');
  },
};
