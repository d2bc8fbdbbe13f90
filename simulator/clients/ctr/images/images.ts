// `ctr images` (aliases image, i): the group declaration. Each verb lives in its own file
// beside this one, listed here in the order ctr 1.6 registers them (its help lists them so).

import type { CtrCommand } from '../ctr-env';
import { checkCommand } from './check';
import { convertCommand } from './convert';
import { exportCommand } from './export';
import { importCommand } from './import';
import { labelCommand } from './label';
import { listCommand } from './list';
import { mountCommand } from './mount';
import { pullCommand } from './pull';
import { pushCommand } from './push';
import { removeCommand } from './remove';
import { tagCommand } from './tag';
import { unmountCommand } from './unmount';

export const imagesCommand: CtrCommand = {
  name: 'images',
  aliases: ['image', 'i'],
  usage: 'manage images',
  subcommands: [
    checkCommand,
    exportCommand,
    importCommand,
    listCommand,
    mountCommand,
    unmountCommand,
    pullCommand,
    pushCommand,
    removeCommand,
    tagCommand,
    labelCommand,
    convertCommand,
  ],
};
