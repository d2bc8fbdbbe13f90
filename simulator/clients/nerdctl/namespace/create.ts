// `nerdctl namespace create` (namespace_create.go@v0.22.2): labels through ctr's own
// commands.LabelArgs, which nerdctl links (github.com/containerd/containerd/cmd/ctr/commands).
// Only the first argument is created; MinimumNArgs(1) lets more be typed.

import { labelArgs } from '../../ctr/namespaces/label-args';
import { containerdOf, globalOptions, type NerdctlCommand } from '../nerdctl-env';

export const namespaceCreateCommand: NerdctlCommand = {
  name: 'create',
  argsUsage: 'NAMESPACE',
  usage: 'Create a new namespace',
  args: { min: 1 },
  flags: [{ names: ['label', 'l'], kind: 'stringArray', usage: 'Set labels for a namespace' }],
  action: (c) => {
    const labels = c.stringSlice('label');
    containerdOf(c).namespaces.create(c.args[0] ?? '', labels.length > 0 ? labelArgs(labels) : {}, globalOptions(c).namespace);
  },
};
