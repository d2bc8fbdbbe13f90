// `docker plugin enable` (docker/cli 20.10 cli/command/plugin/enable.go): the daemon's answer for a
// plugin it does not have (none on node1: dockerd/plugins/plugin-api.ts).

import type { DockerCommand } from '../docker-env';
import { daemonOf } from '../docker-env';

export const pluginEnableCommand: DockerCommand = {
  name: 'enable',
  argsUsage: '[OPTIONS] PLUGIN',
  usage: 'Enable a plugin',
  args: { min: 1, max: 1 },
  flags: [
    { names: ['timeout'], kind: 'int', usage: 'HTTP client timeout (in seconds)', value: 30 },
  ],
  action: (c) => {
    daemonOf(c).plugins.find(c.args[0] ?? '');
  },
};
