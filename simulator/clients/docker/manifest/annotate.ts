// `docker manifest annotate` (docker/cli 20.10 cli/command/manifest/annotate.go): the image's entry
// is read from the list in the local store, where node1 has none.

import type { DockerCommand } from '../docker-env';
import { CliError } from '../../../cli/cli-error';

export const manifestAnnotateCommand: DockerCommand = {
  name: 'annotate',
  argsUsage: '[OPTIONS] MANIFEST_LIST MANIFEST',
  usage: 'Add additional information to a local image manifest',
  description: 'Add additional information to a local image manifest\n\nEXPERIMENTAL:\n  docker manifest annotate is an experimental feature.\n  Experimental features provide early access to product functionality. These\n  features may change between releases without warning, or can be removed from a\n  future release. Learn more about experimental features in our documentation:\n  https://docs.docker.com/go/experimental/',
  args: { min: 2, max: 2 },
  flags: [
    { names: ['arch'], kind: 'string', usage: 'Set architecture' },
    { names: ['os'], kind: 'string', usage: 'Set operating system' },
    { names: ['os-features'], kind: 'stringSlice', usage: 'Set operating system feature' },
    { names: ['os-version'], kind: 'string', usage: 'Set operating system version' },
    { names: ['variant'], kind: 'string', usage: 'Set architecture variant' },
  ],
  action: (c) => {
    throw new CliError(`manifest for image ${c.args[1] ?? ''} does not exist in ${c.args[0] ?? ''}`, 1);
  },
};
