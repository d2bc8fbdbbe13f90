// `ctr images`: the group declaration; each verb lives in its own file beside this one.
// (Placeholder written by the lead; the owner of this group replaces it.)

import type { CtrCommand } from '../ctr-env';

export const imagesCommand: CtrCommand = {
  name: 'images',
  aliases: ['image', 'i'],
  usage: 'manage images',
  subcommands: [],
};
