// `ctr namespaces label <name> [<key>=<value>, ...]`: one SetLabel call per label; an empty
// value clears it. Like containerd 1.6 this creates a missing namespace and prints nothing.

import { namespaceOf, type CtrCommand } from '../ctr-env';
import { CtrError } from '../errors';
import { labelArgs } from './label-args';

export const labelCommand: CtrCommand = {
  name: 'label',
  usage: 'set and clear labels for a namespace',
  argsUsage: '<name> [<key>=<value>, ...]',
  description: 'set and clear labels for a namespace. empty value clears the label',
  action: (c) => {
    const [name = '', ...labels] = c.args;
    if (name === '') throw new CtrError('please specify a namespace');
    for (const [key, value] of Object.entries(labelArgs(labels))) {
      c.env.client.namespaces.setLabel(name, key, value, namespaceOf(c));
    }
  },
};
