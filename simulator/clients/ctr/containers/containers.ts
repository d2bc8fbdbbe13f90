// `ctr containers`: the group declaration; each verb lives in its own file beside this one.
// (Placeholder written by the lead; the owner of this group replaces it.)

import type { CtrCommand } from '../ctr-env';

export const containersCommand: CtrCommand = {
  name: 'containers',
  aliases: ['c', 'container'],
  usage: 'manage containers',
  subcommands: [],
};
