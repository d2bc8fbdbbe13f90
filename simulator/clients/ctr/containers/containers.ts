// `ctr containers` (aliases c, container): the group; each verb lives in its own file.

import type { CtrCommand } from '../ctr-env';
import { checkpointCommand } from './checkpoint';
import { createCommand } from './create';
import { deleteCommand } from './delete';
import { infoCommand } from './info';
import { labelCommand } from './label';
import { listCommand } from './list';
import { restoreCommand } from './restore';

export const containersCommand: CtrCommand = {
  name: 'containers',
  aliases: ['c', 'container'],
  usage: 'manage containers',
  subcommands: [createCommand, deleteCommand, infoCommand, listCommand, labelCommand, checkpointCommand, restoreCommand],
};
