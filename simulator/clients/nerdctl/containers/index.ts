// The containers group's commands: every top-level command and management command it implements,
// gathered here for commands.ts (main.go:217-300@v0.22.2 registers them).

import type { NerdctlCommand } from '../nerdctl-env';
import { containerCommand } from './container';
import { cpCommand } from './cp';
import { createCommand } from './create';
import { execCommand } from './exec';
import { inspectCommand } from './inspect-any';
import { killCommand } from './kill';
import { logsCommand } from './logs';
import { commitCommand } from './commit';
import { updateCommand } from './update';
import { pauseCommand, unpauseCommand } from './pause';
import { portCommand } from './port';
import { psCommand } from './ps';
import { renameCommand } from './rename';
import { restartCommand } from './restart';
import { rmCommand } from './rm';
import { runCommand } from './run';
import { startCommand } from './start';
import { statsCommand } from './stats';
import { stopCommand } from './stop';
import { topCommand } from './top';
import { waitCommand } from './wait';

export const containersCommands: NerdctlCommand[] = [
  createCommand,
  runCommand,
  updateCommand,
  execCommand,
  psCommand,
  logsCommand,
  portCommand,
  stopCommand,
  startCommand,
  restartCommand,
  killCommand,
  rmCommand,
  pauseCommand,
  unpauseCommand,
  commitCommand,
  waitCommand,
  renameCommand,
  inspectCommand,
  topCommand,
  statsCommand,
  cpCommand,
  containerCommand,
];
