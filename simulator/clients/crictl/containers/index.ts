// crictl 1.26.0's container commands (cmd/crictl/container.go, container_stats.go), one file each.

import type { CrictlCommand } from '../crictl-env';
import { checkpointCommand } from './checkpoint';
import { createCommand } from './create';
import { inspectCommand } from './inspect';
import { psCommand } from './ps';
import { rmCommand } from './rm';
import { runCommand } from './run';
import { startCommand } from './start';
import { statsCommand } from './stats';
import { stopCommand } from './stop';
import { updateCommand } from './update';

export const containerCommands: CrictlCommand[] = [
  createCommand,
  startCommand,
  updateCommand,
  stopCommand,
  rmCommand,
  inspectCommand,
  psCommand,
  runCommand,
  statsCommand,
  checkpointCommand,
];
