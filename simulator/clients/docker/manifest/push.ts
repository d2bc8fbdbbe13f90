// `docker manifest push` (docker/cli 20.10 cli/command/manifest/push.go): the list is read from the
// local store first, where node1 has none: `No such manifest: docker.io/a/b:latest`.

import type { DockerCommand } from '../docker-env';
import { CliError } from '../../../cli/cli-error';
import { manifestListName } from './manifest-store';

export const manifestPushCommand: DockerCommand = {
  name: 'push',
  argsUsage: '[OPTIONS] MANIFEST_LIST',
  usage: 'Push a manifest list to a repository',
  description: 'Push a manifest list to a repository\n\nEXPERIMENTAL:\n  docker manifest push is an experimental feature.\n  Experimental features provide early access to product functionality. These\n  features may change between releases without warning, or can be removed from a\n  future release. Learn more about experimental features in our documentation:\n  https://docs.docker.com/go/experimental/',
  args: { min: 1, max: 1 },
  flags: [
    { names: ['insecure'], kind: 'bool', usage: 'Allow push to an insecure registry' },
    { names: ['purge', 'p'], kind: 'bool', usage: 'Remove the local manifest list after push' },
  ],
  action: (c) => {
    throw new CliError(`No such manifest: ${manifestListName(c.args[0] ?? '')}`, 1);
  },
};
