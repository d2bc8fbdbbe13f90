// `ctr tasks` (aliases t, task): the group; each verb lives in its own file.

import type { CtrCommand } from '../ctr-env';
import { attachCommand } from './attach';
import { checkpointCommand } from './checkpoint';
import { deleteCommand } from './delete';
import { execCommand } from './exec';
import { killCommand } from './kill';
import { listCommand } from './list';
import { metricsCommand } from './metrics';
import { pauseCommand } from './pause';
import { psCommand } from './ps';
import { resumeCommand } from './resume';
import { startCommand } from './start';

export const tasksCommand: CtrCommand = {
  name: 'tasks',
  aliases: ['t', 'task'],
  usage: 'manage tasks',
  subcommands: [
    attachCommand,
    checkpointCommand,
    deleteCommand,
    execCommand,
    listCommand,
    killCommand,
    pauseCommand,
    psCommand,
    resumeCommand,
    startCommand,
    metricsCommand,
  ],
};
