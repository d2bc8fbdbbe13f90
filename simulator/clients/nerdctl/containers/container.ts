// `nerdctl container` (cmd/nerdctl/container.go@v0.22.2): the management command with the
// container commands as subcommands, `ls` (alias `list`) being ps.

import { MANAGEMENT } from '../../../cli/cobra/nerdctl-style';
import type { NerdctlCommand } from '../nerdctl-env';
import { unknownSubcommandAction } from '../unknown-subcommand';
import { createCommand } from './create';
import { execCommand } from './exec';
import { containerInspectCommand } from './inspect';
import { killCommand } from './kill';
import { logsCommand } from './logs';
import { commitCommand } from './commit';
import { updateCommand } from './update';
import { pauseCommand, unpauseCommand } from './pause';
import { portCommand } from './port';
import { containerPruneCommand } from './prune';
import { psCommand } from './ps';
import { renameCommand } from './rename';
import { restartCommand } from './restart';
import { rmCommand } from './rm';
import { runCommand } from './run';
import { startCommand } from './start';
import { stopCommand } from './stop';
import { waitCommand } from './wait';
import { cpCommand } from './cp';

export const containerCommand: NerdctlCommand = {
  name: 'container',
  usage: 'Manage containers',
  category: MANAGEMENT,
  action: unknownSubcommandAction,
  subcommands: [
    createCommand,
    runCommand,
    updateCommand,
    execCommand,
    { ...psCommand, name: 'ls', aliases: ['list'] },
    containerInspectCommand,
    logsCommand,
    portCommand,
    rmCommand,
    stopCommand,
    startCommand,
    restartCommand,
    killCommand,
    pauseCommand,
    waitCommand,
    unpauseCommand,
    commitCommand,
    renameCommand,
    containerPruneCommand,
    cpCommand,
  ],
};
