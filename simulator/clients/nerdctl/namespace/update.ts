// `nerdctl namespace update` (namespace_update.go@v0.22.2): SetLabel for each label given;
// without --label it does nothing (a map from no labels is nil).

import { labelArgs } from '../../ctr/namespaces/label-args';
import { containerdOf, globalOptions, type NerdctlCommand } from '../nerdctl-env';

export const namespaceUpdateCommand: NerdctlCommand = {
  name: 'update',
  argsUsage: 'NAMESPACE',
  usage: 'Update labels for a namespace',
  args: { min: 1 },
  flags: [{ names: ['label', 'l'], kind: 'stringArray', usage: 'Set labels for a namespace' }],
  action: (c) => {
    const client = containerdOf(c);
    for (const [key, value] of Object.entries(labelArgs(c.stringSlice('label')))) {
      client.namespaces.setLabel(c.args[0] ?? '', key, value, globalOptions(c).namespace);
    }
  },
};
