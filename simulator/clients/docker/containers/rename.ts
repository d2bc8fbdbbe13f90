// `docker rename` / `docker container rename` (docker/cli 20.10 cli/command/container/rename.go):
// the daemon's refusal printed, then `Error: failed to rename container named <old>`, exit 1.

import { daemonOf, type DockerCommand } from '../docker-env';
import { daemonErrorText } from '../errors';

export const containerRenameCommand: DockerCommand = {
  name: 'rename',
  argsUsage: 'CONTAINER NEW_NAME',
  usage: 'Rename a container',
  args: { min: 2, max: 2 },
  action: (c) => {
    const [oldName = '', newName = ''] = c.args.map((a) => a.trim());
    if (newName === '' || oldName === '') {
      c.io.stderr('Error: Neither old nor new names may be empty\n');
      return 1;
    }
    try {
      daemonOf(c).containers.rename(oldName, newName);
      return 0;
    } catch (err) {
      const text = daemonErrorText(err);
      if (text === undefined) throw err;
      c.io.stderr(`${text}\nError: failed to rename container named ${oldName}\n`);
      return 1;
    }
  },
};

export const renameCommand: DockerCommand = { ...containerRenameCommand };
