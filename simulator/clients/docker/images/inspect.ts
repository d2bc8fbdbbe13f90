// `docker image inspect` (docker/cli 20.10 cli/command/image/inspect.go over
// cli/command/inspect/inspector.go): every image's JSON in one indented array (4 spaces), or
// --format run per image, through the shared inspect printer (format/inspect.ts: an empty line
// when a template wrote nothing, `template parsing error: …` exit 64 for one that does not
// parse); the ones not found gathered as `Error: No such image: x` on stderr after the output
// (an empty `[]` when none was found), exit 1. The API client words a 404 with the name as
// typed (client/image_inspect.go wrapResponseError), not the daemon's `x:latest`.

import { CliError } from '../../../cli/cli-error';
import type { FlagSpec } from '../../../cli/spec';
import { isDockerdError } from '../../../dockerd/index';
import { inspectErrorText } from '../containers/inspect';
import { daemonOf, type DockerCommand } from '../docker-env';
import { printInspect } from '../format/inspect';
import { typedImage } from '../format/typed-slices';

const inspectFlags: FlagSpec[] = [{ names: ['format', 'f'], kind: 'string', usage: 'Format the output using the given Go template' }];

export const imageInspectCommand: DockerCommand = {
  name: 'inspect',
  argsUsage: '[OPTIONS] IMAGE [IMAGE...]',
  usage: 'Display detailed information on one or more images',
  args: { min: 1 },
  flags: inspectFlags,
  action: (c) => {
    const daemon = daemonOf(c);
    const lookup = (ref: string): unknown => {
      try {
        return typedImage(daemon.images.inspect(ref));
      } catch (err) {
        if (isDockerdError(err) && err.status === 404) throw new CliError(`Error: No such image: ${ref}`, 1);
        throw err;
      }
    };
    return printInspect(c, c.args, lookup, (err) => (err instanceof CliError ? err.message : inspectErrorText(err)));
  },
};
