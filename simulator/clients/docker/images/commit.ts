// `docker commit` / `docker container commit` (docker/cli 20.10 cli/command/container/commit.go):
// a new image from the container's changes, -a author, -m message, -c changes, and the
// optional REPOSITORY[:TAG]; prints the daemon's new id.

import { parseDockerRef } from '../../../oci/docker-reference';
import { daemonOf, type DockerCommand } from '../docker-env';

export const containerCommitCommand: DockerCommand = {
  name: 'commit',
  argsUsage: '[OPTIONS] CONTAINER [REPOSITORY[:TAG]]',
  usage: "Create a new image from a container's changes",
  args: { min: 1, max: 2 },
  flags: [
    { names: ['author', 'a'], kind: 'string', usage: 'Author (e.g., "John Hannibal Smith <hannibal@a-team.com>")' },
    { names: ['change', 'c'], kind: 'stringArray', typeName: 'list', usage: 'Apply Dockerfile instruction to the created image' },
    { names: ['message', 'm'], kind: 'string', usage: 'Commit message' },
    { names: ['pause', 'p'], kind: 'bool', usage: 'Pause container during commit', value: true },
  ],
  action: (c) => {
    const reference = c.args[1];
    if (reference !== undefined && reference !== '') {
      let digest: string;
      try {
        ({ digest } = parseDockerRef(reference));
      } catch (err) {
        throw new Error(err instanceof Error ? err.message : 'invalid reference format');
      }
      // commit.go: a canonical (digested) reference cannot name the new image.
      if (digest !== '') throw new Error('refusing to create a tag with a digest reference');
    }
    const id = daemonOf(c).commit({ container: c.args[0] ?? '', reference, author: c.string('author'), comment: c.string('message'), changes: c.stringSlice('change'), pause: c.bool('pause') });
    c.io.stdout(`${id}\n`);
  },
};

export const commitCommand: DockerCommand = { ...containerCommitCommand };
