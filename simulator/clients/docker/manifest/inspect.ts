// `docker manifest inspect` (docker/cli 20.10 cli/command/manifest/inspect.go): the manifest is
// read from its registry: on a node whose registries cannot be reached, the client's transport
// error; a reachable registry's manifest is not simulated here.

import type { DockerCommand } from '../docker-env';
import { CliError } from '../../../cli/cli-error';
import { registryPingError } from './manifest-store';

export const manifestInspectCommand: DockerCommand = {
  name: 'inspect',
  argsUsage: '[OPTIONS] [MANIFEST_LIST] MANIFEST',
  usage: 'Display an image manifest, or manifest list',
  description: 'Display an image manifest, or manifest list\n\nEXPERIMENTAL:\n  docker manifest inspect is an experimental feature.\n  Experimental features provide early access to product functionality. These\n  features may change between releases without warning, or can be removed from a\n  future release. Learn more about experimental features in our documentation:\n  https://docs.docker.com/go/experimental/',
  args: { min: 1, max: 2 },
  flags: [
    { names: ['insecure'], kind: 'bool', usage: 'Allow communication with an insecure registry' },
    { names: ['verbose', 'v'], kind: 'bool', usage: 'Output additional info including layers and platform' },
  ],
  action: (c) => {
    const ref = c.args[c.args.length - 1] ?? '';
    throw new CliError(registryPingError(c, ref, 'docker manifest inspect'), 1);
  },
};
