// `docker volume inspect` (docker/cli 20.10 cli/command/volume/inspect.go): every volume's JSON
// in one indented array, or --format per volume; a missing one `Error: No such volume: x`
// after the output, exit 1.

import { daemonOf, type DockerCommand } from '../docker-env';
import { inspectAll, typedVolume } from '../network/inspect';

export const volumeInspectCommand: DockerCommand = {
  name: 'inspect',
  argsUsage: '[OPTIONS] VOLUME [VOLUME...]',
  usage: 'Display detailed information on one or more volumes',
  args: { min: 1 },
  flags: [{ names: ['format', 'f'], kind: 'string', usage: 'Format the output using the given Go template' }],
  action: (c) => {
    const daemon = daemonOf(c);
    return inspectAll(c, 'volume', (name) => typedVolume(daemon.volumes.inspect(name)));
  },
};
