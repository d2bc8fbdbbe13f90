// `docker volume rm` (docker/cli 20.10 cli/command/volume/remove.go): each volume in turn, its
// name on stdout when removed (with -f a missing one counts as removed); the failures gathered
// and printed together at the end (`Error: No such volume: x`, `Error response from daemon:
// remove v1: volume is in use - […]`), exit 1.

import { daemonOf, type DockerCommand } from '../docker-env';
import { lookupErrorText } from '../network/inspect';

export const volumeRmCommand: DockerCommand = {
  name: 'rm',
  aliases: ['remove'],
  argsUsage: '[OPTIONS] VOLUME [VOLUME...]',
  usage: 'Remove one or more volumes',
  description: 'Remove one or more volumes. You cannot remove a volume that is in use by a container.',
  example: '\n$ docker volume rm hello\nhello\n',
  args: { min: 1 },
  flags: [{ names: ['force', 'f'], kind: 'bool', usage: 'Force the removal of one or more volumes' }],
  action: (c) => {
    const daemon = daemonOf(c);
    const errors: string[] = [];
    for (const name of c.args) {
      try {
        daemon.volumes.remove(name, c.bool('force'));
        c.io.stdout(`${name}\n`);
      } catch (err) {
        const text = lookupErrorText(err, 'volume', name);
        if (text === undefined) throw err;
        errors.push(text);
      }
    }
    if (errors.length === 0) return 0;
    c.io.stderr(`${errors.join('\n')}\n`);
    return 1;
  },
};
