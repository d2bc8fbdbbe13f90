// `ctr namespaces` (aliases namespace, ns): the group; each verb lives in its own file.

import type { CtrCommand } from '../ctr-env';
import { createCommand } from './create';
import { labelCommand } from './label';
import { listCommand } from './list';
import { removeCommand } from './remove';

export const namespacesCommand: CtrCommand = {
  name: 'namespaces',
  aliases: ['namespace', 'ns'],
  usage: 'manage namespaces',
  subcommands: [createCommand, listCommand, removeCommand, labelCommand],
};
