// `docker context use` (docker/cli 20.10 cli/command/context/use.go): config.json's currentContext
// (emptied for `default`), the name on stdout, `Current context is now` and DOCKER_HOST's warning
// on stderr.

import type { DockerCommand } from '../docker-env';
import { CliError } from '../../../cli/cli-error';
import { DEFAULT_CONTEXT, dockerHostWarning, loadContext } from './context-store';
import { readConfig, writeConfig } from '../docker-config';

export const contextUseCommand: DockerCommand = {
  name: 'use',
  argsUsage: 'CONTEXT',
  usage: 'Set the current docker context',
  action: (c) => {
    const name = c.args[0];
    if (name === undefined || c.args.length !== 1) throw new CliError(`accepts 1 arg(s), received ${c.args.length}`, 1);
    if (!loadContext(c, name)) throw new CliError(`context "${name}" does not exist`, 1);
    const { currentContext: _old, ...rest } = readConfig(c);
    writeConfig(c, name === DEFAULT_CONTEXT ? rest : { ...rest, currentContext: name });
    c.io.stdout(`${name}\n`);
    c.io.stderr(`Current context is now "${name}"\n${dockerHostWarning(c, name)}`);
  },
};
