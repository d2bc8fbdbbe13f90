// `ctr install <ref>` (cmd/ctr/commands/install): looks the image up by name first
// (client.GetImage, so `image "<ref>": not found`, also for a missing ref), then copies the
// bin/ (and with --libs lib/) entries of its layers into containerd's managed /opt directory.
// The lookup is modelled; the copy onto the node is not, and says so rather than pretending.

import type { CtrCommand } from '../ctr-env';
import { clientOf } from '../ctr-env';
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
  action: (c) => {
    clientOf(c).images.get(c.args[0] ?? '');
    throw new NotSimulatedError('"ctr install"', "containerd's docs/managed-opt.md");
  },
};
