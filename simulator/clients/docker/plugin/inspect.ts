// `docker plugin inspect` (docker/cli 20.10 cli/command/plugin/inspect.go): inspect.Inspect over
// the daemon's plugins: none on node1, so `[]` (or an empty line with --format) and `Error: No such
// plugin: x` per name, exit 1.

import type { DockerCommand } from '../docker-env';
import { daemonOf } from '../docker-env';
import { noSuchPluginText } from './no-such-plugin';
import { printInspect } from '../format/inspect';

export const pluginInspectCommand: DockerCommand = {
  name: 'inspect',
  argsUsage: '[OPTIONS] PLUGIN [PLUGIN...]',
  usage: 'Display detailed information on one or more plugins',
  args: { min: 1 },
  flags: [
    { names: ['format', 'f'], kind: 'string', usage: 'Format the output using the given Go template' },
  ],
  action: (c) => {
    const plugins = daemonOf(c).plugins;
    return printInspect(c, c.args, (ref) => {
      try {
        return plugins.find(ref);
      } catch (err) {
        throw new Error(noSuchPluginText(err, ref) ?? (err instanceof Error ? err.message : String(err)));
      }
    }, (err) => (err instanceof Error ? err.message : String(err)));
  },
};
