// `ctr leases`: the group; each verb lives in its own file.

import type { CtrCommand } from '../ctr-env';
import { createCommand } from './create';
import { listCommand } from './list';
import { removeCommand } from './remove';

export const leasesCommand: CtrCommand = {
  name: 'leases',
  usage: 'manage leases',
  subcommands: [listCommand, createCommand, removeCommand],
};
