// `docker context rm` (docker/cli 20.10 cli/command/context/remove.go): each context removed in
// turn (not `default`, not the current one without -f); the names removed on stdout, each failure
// as `<name>: <error>`, exit 1.

import type { DockerCommand } from '../docker-env';
import { CliError } from '../../../cli/cli-error';
import { currentContextName, DEFAULT_CONTEXT, loadContext, removeContext } from './context-store';
import { readConfig, writeConfig } from '../docker-config';

export const contextRmCommand: DockerCommand = {
  name: 'rm',
  aliases: ['remove'],
  argsUsage: 'CONTEXT [CONTEXT...]',
  usage: 'Remove one or more contexts',
  args: { min: 1 },
  flags: [
    { names: ['force', 'f'], kind: 'bool', usage: 'Force the removal of a context in use' },
  ],
  action: (c) => {
    const config = readConfig(c);
    const current = currentContextName(c, config);
    const errors: string[] = [];
    for (const name of c.args) {
      if (name === DEFAULT_CONTEXT) errors.push(`${name}: context "${name}" cannot be removed`);
      else if (!loadContext(c, name)) errors.push(`${name}: context "${name}" does not exist`);
      else if (name === current && !c.bool('force')) errors.push(`${name}: context "${name}" is in use, set -f flag to force remove`);
      else {
        if (config.currentContext === name) {
          const { currentContext: _old, ...rest } = readConfig(c);
          writeConfig(c, rest);
        }
        removeContext(c, name);
        c.io.stdout(`${name}\n`);
      }
    }
    if (errors.length > 0) throw new CliError(errors.join('\n'), 1);
  },
};
