// `docker plugin disable` (docker/cli 20.10 cli/command/plugin/disable.go): the daemon's answer for
// a plugin it does not have (none on node1: dockerd/plugins/plugin-api.ts).

import type { DockerCommand } from '../docker-env';
import { daemonOf } from '../docker-env';

export const pluginDisableCommand: DockerCommand = {
  name: 'disable',
  argsUsage: '[OPTIONS] PLUGIN',
  usage: 'Disable a plugin',
  args: { min: 1, max: 1 },
  flags: [
    { names: ['force', 'f'], kind: 'bool', usage: 'Force the disable of an active plugin' },
  ],
  action: (c) => {
    daemonOf(c).plugins.find(c.args[0] ?? '');
  },
};
