// `docker volume create` (docker/cli 20.10 cli/command/volume/create.go): the volume's name on
// stdout (a random 64-hex one when none is given); the name may come as the argument or
// --name (hidden, deprecated), not both different.

import { daemonOf, type DockerCommand } from '../docker-env';
import { keyValues } from '../network/create';

export const volumeCreateCommand: DockerCommand = {
  name: 'create',
  argsUsage: '[OPTIONS] [VOLUME]',
  usage: 'Create a volume',
  args: { max: 1 },
  flags: [
    { names: ['driver', 'd'], kind: 'string', value: 'local', usage: 'Specify volume driver name' },
    { names: ['label'], kind: 'stringArray', typeName: 'list', usage: 'Set metadata for a volume' },
    { names: ['name'], kind: 'string', hidden: true, usage: 'Specify volume name' },
    { names: ['opt', 'o'], kind: 'stringArray', typeName: 'map', defaultText: 'map[]', usage: 'Set driver specific options' },
  ],
  action: (c) => {
    const flagName = c.string('name');
    const argName = c.args[0] ?? '';
    if (flagName && argName && flagName !== argName) {
      c.io.stderr(`conflicting options: either specify --name or provide positional arg, not both\n`);
      return 1;
    }
    const volume = daemonOf(c).volumes.create({
      name: argName || flagName,
      driver: c.string('driver'),
      labels: keyValues(c.stringSlice('label')),
      options: keyValues(c.stringSlice('opt')),
    });
    c.io.stdout(`${volume.Name}\n`);
    return 0;
  },
};
