// `ctr install`: copies binaries out of an image into containerd's managed /opt directory.
// Not modelled: it says so rather than pretending to install anything.

import type { CtrCommand } from '../ctr-env';
import { NotSimulatedError } from '../../../cli/not-simulated';

export const installCommand: CtrCommand = {
  name: 'install',
  usage: 'install a new package',
  argsUsage: '<ref>',
  description: 'install a new package',
  flags: [
    { names: ['libs', 'l'], kind: 'bool', usage: 'install libs from the image' },
    { names: ['replace', 'r'], kind: 'bool', usage: 'replace any binaries or libs in the opt directory' },
    { names: ['path'], kind: 'string', usage: 'set an optional install path other than the managed opt directory' },
  ],
  action: () => {
    throw new NotSimulatedError('"ctr install"', "containerd's docs/managed-opt.md");
  },
};
