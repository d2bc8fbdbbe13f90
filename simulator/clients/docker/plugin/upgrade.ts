// `docker plugin upgrade` (docker/cli 20.10 cli/command/plugin/upgrade.go): the installed plugin is
// read first (none on node1): `error reading plugin data: Error: No such plugin: x`.

import type { DockerCommand } from '../docker-env';
import { CliError } from '../../../cli/cli-error';
import { daemonOf } from '../docker-env';
import { noSuchPluginText } from './no-such-plugin';

export const pluginUpgradeCommand: DockerCommand = {
  name: 'upgrade',
  argsUsage: '[OPTIONS] PLUGIN [REMOTE]',
  usage: 'Upgrade an existing plugin',
  args: { min: 1, max: 2 },
  flags: [
    { names: ['disable-content-trust'], kind: 'bool', usage: 'Skip image verification', value: true },
    { names: ['grant-all-permissions'], kind: 'bool', usage: 'Grant all permissions necessary to run the plugin' },
    { names: ['skip-remote-check'], kind: 'bool', usage: 'Do not check if specified remote plugin matches existing plugin image' },
  ],
  action: (c) => {
    const ref = c.args[0] ?? '';
    try {
      daemonOf(c).plugins.find(ref);
    } catch (err) {
      const text = noSuchPluginText(err, ref);
      if (text === undefined) throw err;
      throw new CliError(`error reading plugin data: ${text}`, 1);
    }
  },
};
