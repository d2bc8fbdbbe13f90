// `docker plugin set` (docker/cli 20.10 cli/command/plugin/set.go): the daemon's answer for a
// plugin it does not have (none on node1: dockerd/plugins/plugin-api.ts).

import type { DockerCommand } from '../docker-env';
import { daemonOf } from '../docker-env';

export const pluginSetCommand: DockerCommand = {
  name: 'set',
  argsUsage: 'PLUGIN KEY=VALUE [KEY=VALUE...]',
  usage: 'Change settings for a plugin',
  args: { min: 2 },
  action: (c) => {
    daemonOf(c).plugins.find(c.args[0] ?? '');
  },
};
