// `docker manifest create` (docker/cli 20.10 cli/command/manifest/create.go): each image's manifest
// is read from its registry first: on a node whose registries cannot be reached, the client's
// transport error; a reachable registry is not simulated here.

import type { DockerCommand } from '../docker-env';
import { CliError } from '../../../cli/cli-error';
import { registryPingError } from './manifest-store';

export const manifestCreateCommand: DockerCommand = {
  name: 'create',
  argsUsage: 'MANIFEST_LIST MANIFEST [MANIFEST...]',
  usage: 'Create a local manifest list for annotating and pushing to a registry',
  description: 'Create a local manifest list for annotating and pushing to a registry\n\nEXPERIMENTAL:\n  docker manifest create is an experimental feature.\n  Experimental features provide early access to product functionality. These\n  features may change between releases without warning, or can be removed from a\n  future release. Learn more about experimental features in our documentation:\n  https://docs.docker.com/go/experimental/',
  args: { min: 2 },
  flags: [
    { names: ['amend', 'a'], kind: 'bool', usage: 'Amend an existing manifest list' },
    { names: ['insecure'], kind: 'bool', usage: 'Allow communication with an insecure registry' },
  ],
  action: (c) => {
    throw new CliError(registryPingError(c, c.args[1] ?? '', 'docker manifest create'), 1);
  },
};
