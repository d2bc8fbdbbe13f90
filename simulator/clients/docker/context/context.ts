// `docker context` (docker/cli 20.10 cli/command/context/cmd.go): Manage contexts; its verbs, one
// per file.

import type { DockerCommand } from '../docker-env';
import { contextCreateCommand } from './create';
import { contextExportCommand } from './export';
import { contextImportCommand } from './import';
import { contextInspectCommand } from './inspect';
import { contextLsCommand } from './ls';
import { contextRmCommand } from './rm';
import { contextUpdateCommand } from './update';
import { contextUseCommand } from './use';
import { managementGroup } from '../group';

export const contextGroup: DockerCommand = managementGroup('context', 'Manage contexts', [
  contextCreateCommand,
  contextExportCommand,
  contextImportCommand,
  contextInspectCommand,
  contextLsCommand,
  contextRmCommand,
  contextUpdateCommand,
  contextUseCommand,
]);
