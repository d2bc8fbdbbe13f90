// `ctr plugins` (alias plugin): the group; its one verb lives beside it.

import type { CtrCommand } from '../ctr-env';
import { listCommand } from './list';

export const pluginsCommand: CtrCommand = {
  name: 'plugins',
  aliases: ['plugin'],
  usage: 'provides information about containerd plugins',
  subcommands: [listCommand],
};
