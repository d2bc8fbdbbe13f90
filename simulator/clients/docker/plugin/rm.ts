// `docker plugin rm` (docker/cli 20.10 cli/command/plugin/remove.go): each plugin removed in turn;
// node1's daemon has none, so each name is `Error: No such plugin: x` (all of them, then exit 1).

import type { DockerCommand } from '../docker-env';
import { CliError } from '../../../cli/cli-error';
import { daemonOf } from '../docker-env';
import { noSuchPluginText } from './no-such-plugin';

export const pluginRmCommand: DockerCommand = {
  name: 'rm',
  aliases: ['remove'],
  argsUsage: '[OPTIONS] PLUGIN [PLUGIN...]',
  usage: 'Remove one or more plugins',
  args: { min: 1 },
  flags: [
    { names: ['force', 'f'], kind: 'bool', usage: 'Force the removal of an active plugin' },
  ],
  action: (c) => {
    const plugins = daemonOf(c).plugins;
    const errors: string[] = [];
    for (const ref of c.args) {
      try {
        plugins.find(ref);
      } catch (err) {
        const text = noSuchPluginText(err, ref);
        if (text === undefined) throw err;
        errors.push(text);
      }
    }
    if (errors.length > 0) throw new CliError(errors.join(', '), 1);
  },
};
