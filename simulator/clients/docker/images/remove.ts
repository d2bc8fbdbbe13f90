// `docker rmi` / `docker image rm` (cli/command/image/remove.go): each image in turn, its
// `Untagged:` and `Deleted:` lines on stdout; the failures gathered (404s worded by the
// client's objectNotFoundError) and printed together at the end, exit 1 (with -f a missing
// image is printed but not fatal; a conflict still is).

import type { FlagSpec } from '../../../cli/spec';
import { isDockerdError } from '../../../dockerd/index';
import { daemonOf, type DockerCommand, type DockerContext } from '../docker-env';
import { daemonErrorText } from '../errors';

function action(c: DockerContext): number {
  const daemon = daemonOf(c);
  const errors: string[] = [];
  // runRemove's fatalErr: any failure but a 404 fails the command even with -f.
  let fatal = false;
  for (const ref of c.args) {
    try {
      for (const d of daemon.images.remove(ref, { force: c.bool('force') })) {
        c.io.stdout('Deleted' in d ? `Deleted: ${d.Deleted}\n` : `Untagged: ${d.Untagged}\n`);
      }
    } catch (err) {
      // client/image_remove.go wrapResponseError: a 404 names the image as typed (`nosuch`,
      // where the daemon's own text says `nosuch:latest`).
      const text = isDockerdError(err) && err.status === 404 ? `Error: No such image: ${ref}` : daemonErrorText(err);
      if (text === undefined) throw err;
      if (!(isDockerdError(err) && err.status === 404)) fatal = true;
      errors.push(text);
    }
  }
  if (errors.length === 0) return 0;
  c.io.stderr(`${errors.join('\n')}\n`);
  return c.bool('force') && !fatal ? 0 : 1;
}

const rmFlags: FlagSpec[] = [
  { names: ['force', 'f'], kind: 'bool', usage: 'Force removal of the image' },
  { names: ['no-prune'], kind: 'bool', usage: 'Do not delete untagged parents' },
];

export const imageRmCommand: DockerCommand = {
  name: 'rm',
  aliases: ['rmi', 'remove'],
  argsUsage: '[OPTIONS] IMAGE [IMAGE...]',
  usage: 'Remove one or more images',
  args: { min: 1 },
  flags: rmFlags,
  action,
};

export const rmiCommand: DockerCommand = { ...imageRmCommand, name: 'rmi', aliases: [] };
