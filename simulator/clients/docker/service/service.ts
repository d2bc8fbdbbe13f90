// `docker service` (docker/cli 20.10 cli/command/service/cmd.go): Manage services; its verbs, one
// per file.

import type { DockerCommand } from '../docker-env';
import { managementGroup } from '../group';
import { serviceCreateCommand } from './create';
import { serviceInspectCommand } from './inspect';
import { serviceLogsCommand } from './logs';
import { serviceLsCommand } from './ls';
import { servicePsCommand } from './ps';
import { serviceRmCommand } from './rm';
import { serviceRollbackCommand } from './rollback';
import { serviceScaleCommand } from './scale';
import { serviceUpdateCommand } from './update';

export const serviceGroup: DockerCommand = managementGroup('service', 'Manage services', [
  serviceCreateCommand,
  serviceInspectCommand,
  serviceLogsCommand,
  serviceLsCommand,
  servicePsCommand,
  serviceRmCommand,
  serviceRollbackCommand,
  serviceScaleCommand,
  serviceUpdateCommand,
]);
