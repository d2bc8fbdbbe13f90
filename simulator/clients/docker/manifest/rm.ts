// `docker manifest rm` (docker/cli 20.10 cli/command/manifest/rm.go): each list is removed from the
// local store, where node1 has none: `No such manifest: docker.io/a/b:latest`.

import type { DockerCommand } from '../docker-env';
import { CliError } from '../../../cli/cli-error';
import { manifestListName } from './manifest-store';

export const manifestRmCommand: DockerCommand = {
  name: 'rm',
  argsUsage: 'MANIFEST_LIST [MANIFEST_LIST...]',
  usage: 'Delete one or more manifest lists from local storage',
  description: 'Delete one or more manifest lists from local storage\n\nEXPERIMENTAL:\n  docker manifest rm is an experimental feature.\n  Experimental features provide early access to product functionality. These\n  features may change between releases without warning, or can be removed from a\n  future release. Learn more about experimental features in our documentation:\n  https://docs.docker.com/go/experimental/',
  args: { min: 1 },
  action: (c) => {
    throw new CliError(c.args.map((ref) => `No such manifest: ${manifestListName(ref)}`).join('\n'), 1);
  },
};
