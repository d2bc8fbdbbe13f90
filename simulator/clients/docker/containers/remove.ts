// `docker rm` / `docker container rm` (docker/cli 20.10 cli/command/container/rm.go): each
// container in turn, its name as typed echoed on success; the failures gathered (a missing one
// worded by the client's objectNotFoundError) and printed together at the end, exit 1 (with -f a
// missing one is printed and forgiven, as a real docker 20.10.24 does).

import { NotSimulatedError } from '../../../cli/not-simulated';
import type { FlagSpec } from '../../../cli/spec';
import { isDockerdError } from '../../../dockerd/index';
import { daemonOf, type DockerCommand, type DockerContext } from '../docker-env';
import { daemonErrorText } from '../errors';

function action(c: DockerContext): number {
  if (c.bool('link')) throw new NotSimulatedError('docker rm --link', 'https://docs.docker.com/engine/reference/commandline/rm/');
  const daemon = daemonOf(c);
  const errors: string[] = [];
  for (const ref of c.args) {
    // rm.go trims the leading slash a `docker ps --format {{.Names}}` may give.
    const name = ref.replace(/^\//, '');
    if (name === '') {
      errors.push('Error: No such container: ');
      continue;
    }
    try {
      daemon.containers.remove(name, { force: c.bool('force'), volumes: c.bool('volumes') });
      c.io.stdout(`${ref}\n`);
    } catch (err) {
      const text = daemonErrorText(err, { objectNotFound: true });
      if (text === undefined) throw err;
      // rm.go: with -f a missing container is reported at once and does not fail the command.
      if (c.bool('force') && isDockerdError(err) && err.status === 404) c.io.stderr(`${text}\n`);
      else errors.push(text);
    }
  }
  if (errors.length === 0) return 0;
  c.io.stderr(`${errors.join('\n')}\n`);
  return 1;
}

const rmFlags: FlagSpec[] = [
  { names: ['force', 'f'], kind: 'bool', usage: 'Force the removal of a running container (uses SIGKILL)' },
  { names: ['link', 'l'], kind: 'bool', usage: 'Remove the specified link' },
  { names: ['volumes', 'v'], kind: 'bool', usage: 'Remove anonymous volumes associated with the container' },
];

export const containerRmCommand: DockerCommand = {
  name: 'rm',
  argsUsage: '[OPTIONS] CONTAINER [CONTAINER...]',
  usage: 'Remove one or more containers',
  args: { min: 1 },
  flags: rmFlags,
  action,
};

export const rmCommand: DockerCommand = { ...containerRmCommand };
