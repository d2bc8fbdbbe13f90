// The container lifecycle verbs, under `docker container` and at the top level (docker/cli 20.10
// cli/command/container/cmd.go and commands.go list them both ways).

import type { DockerCommand } from '../docker-env';
import { attachCommand, containerAttachCommand } from './attach';
import { containerCreateCommand, createCommand } from './create';
import { containerKillCommand, killCommand } from './kill';
import { containerLogsCommand, logsCommand } from './logs';
import { containerPauseCommand, pauseCommand } from './pause';
import { containerRenameCommand, renameCommand } from './rename';
import { containerRestartCommand, restartCommand } from './restart';
import { containerRunCommand, runCommand } from './run';
import { containerStartCommand, startCommand } from './start';
import { containerStopCommand, stopCommand } from './stop';
import { containerUnpauseCommand, unpauseCommand } from './unpause';
import { containerWaitCommand, waitCommand } from './wait';

export const CONTAINER_LIFECYCLE_COMMANDS: DockerCommand[] = [
  containerAttachCommand, containerCreateCommand, containerKillCommand, containerLogsCommand, containerPauseCommand, containerRenameCommand,
  containerRestartCommand, containerRunCommand, containerStartCommand, containerStopCommand, containerUnpauseCommand, containerWaitCommand,
];

export const LIFECYCLE_COMMANDS: DockerCommand[] = [
  attachCommand, createCommand, killCommand, logsCommand, pauseCommand, renameCommand, restartCommand, runCommand, startCommand, stopCommand,
  unpauseCommand, waitCommand,
];
