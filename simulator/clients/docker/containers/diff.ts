// `docker diff CONTAINER` (docker/cli@v20.10.24 cli/command/container/diff.go): the daemon's
// changes of the container's own layer, one `A|C|D <path>` line each, sorted by path. A missing
// container is `Error response from daemon: No such container: x` (real 20.10.24).

import { daemonOf, type DockerCommand } from '../docker-env';

const KIND = ['C', 'A', 'D'] as const;

export const containerDiffCommand: DockerCommand = {
  name: 'diff',
  argsUsage: 'CONTAINER',
  usage: 'Inspect changes to files or directories on a container\'s filesystem',
  args: { min: 1, max: 1 },
  action: (c) => {
    const changes = daemonOf(c).containers.changes(c.args[0] ?? '');
    c.io.stdout(changes.map((ch) => `${KIND[ch.Kind]} ${ch.Path}\n`).join(''));
  },
};

export const diffCommand: DockerCommand = { ...containerDiffCommand };
