// `docker plugin` (docker/cli 20.10 cli/command/plugin/cmd.go): Manage plugins; its verbs, one per
// file.

import type { DockerCommand } from '../docker-env';
import { managementGroup } from '../group';
import { pluginCreateCommand } from './create';
import { pluginDisableCommand } from './disable';
import { pluginEnableCommand } from './enable';
import { pluginInspectCommand } from './inspect';
import { pluginInstallCommand } from './install';
import { pluginLsCommand } from './ls';
import { pluginPushCommand } from './push';
import { pluginRmCommand } from './rm';
import { pluginSetCommand } from './set';
import { pluginUpgradeCommand } from './upgrade';

export const pluginGroup: DockerCommand = managementGroup('plugin', 'Manage plugins', [
  pluginCreateCommand,
  pluginDisableCommand,
  pluginEnableCommand,
  pluginInspectCommand,
  pluginInstallCommand,
  pluginLsCommand,
  pluginPushCommand,
  pluginRmCommand,
  pluginSetCommand,
  pluginUpgradeCommand,
]);
