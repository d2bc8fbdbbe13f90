// `docker secret` (docker/cli 20.10 cli/command/secret/cmd.go): Manage Docker secrets; its verbs,
// one per file.

import type { DockerCommand } from '../docker-env';
import { managementGroup } from '../group';
import { secretCreateCommand } from './create';
import { secretInspectCommand } from './inspect';
import { secretLsCommand } from './ls';
import { secretRmCommand } from './rm';

export const secretGroup: DockerCommand = managementGroup('secret', 'Manage Docker secrets', [
  secretCreateCommand,
  secretInspectCommand,
  secretLsCommand,
  secretRmCommand,
]);
