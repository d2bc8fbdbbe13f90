// `docker volume` (docker/cli 20.10 cli/command/volume/cmd.go): its verbs, one per file.

import type { DockerCommand } from '../docker-env';
import { volumeCreateCommand } from './create';
import { volumeInspectCommand } from './inspect';
import { volumeLsCommand } from './list';
import { volumePruneCommand } from './prune';
import { volumeRmCommand } from './remove';

export const VOLUME_COMMANDS: DockerCommand[] = [volumeCreateCommand, volumeInspectCommand, volumeLsCommand, volumePruneCommand, volumeRmCommand];
