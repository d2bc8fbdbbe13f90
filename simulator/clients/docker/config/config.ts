// `docker config` (docker/cli 20.10 cli/command/config/cmd.go): Manage Docker configs; its verbs,
// one per file.

import type { DockerCommand } from '../docker-env';
import { configCreateCommand } from './create';
import { configInspectCommand } from './inspect';
import { configLsCommand } from './ls';
import { configRmCommand } from './rm';
import { managementGroup } from '../group';

export const configGroup: DockerCommand = managementGroup('config', 'Manage Docker configs', [
  configCreateCommand,
  configInspectCommand,
  configLsCommand,
  configRmCommand,
]);
