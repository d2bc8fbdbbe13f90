// `nerdctl volume create` (volume_create.go@v0.22.2): ExactArgs(1), the name checked before the
// store is opened, --label deduplicated, the name printed.

import { dataStoreOf, globalOptions, type NerdctlCommand } from '../nerdctl-env';
import { createVolume } from './volume-store';

export const volumeCreateCommand: NerdctlCommand = {
  name: 'create',
  argsUsage: '[flags] VOLUME',
  usage: 'Create a volume',
  args: { min: 1, max: 1 },
  flags: [{ names: ['label'], kind: 'stringArray', usage: 'Set a label on the volume' }],
  action: (c) => {
    const name = c.args[0] ?? '';
    const labels = [...new Set(c.stringSlice('label'))];
    createVolume(c.env.node, dataStoreOf(c), globalOptions(c).namespace, name, labels);
    c.io.stdout(`${name}\n`);
  },
};
