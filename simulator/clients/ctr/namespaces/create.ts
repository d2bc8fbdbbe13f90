// `ctr namespaces create <name> [<key>=<value>]`: labels are positional (there is no
// --label flag; ctr 1.6 rejects one as an undefined flag).

import { namespaceOf, type CtrCommand } from '../ctr-env';
import { CtrError } from '../errors';
import { labelArgs } from './label-args';

export const createCommand: CtrCommand = {
  name: 'create',
  aliases: ['c'],
  usage: 'create a new namespace',
  argsUsage: '<name> [<key>=<value>]',
  description: 'create a new namespace. it must be unique',
  action: (c) => {
    const [name = '', ...labels] = c.args;
    if (name === '') throw new CtrError('please specify a namespace');
    c.env.client.namespaces.create(name, labelArgs(labels), namespaceOf(c));
  },
};
