// The docker commands simulated so far (docker/cli 20.10 cli/command/commands/commands.go
// registers them all; cobra sorts them in help). A command not listed here is not simulated
// yet, and docker answers it as a word that is no command.

import type { DockerCommand } from './docker-env';
import { containerInspectCommand } from './containers/inspect';
import { containerLsCommand, psCommand } from './containers/list';
import { inspectCommand } from './inspect';
import { containerCpCommand, cpCommand } from './containers/cp';
import { containerDiffCommand, diffCommand } from './containers/diff';
import { containerExecCommand, execCommand } from './containers/exec';
import { containerExportCommand, exportCommand } from './containers/export';
import { containerPortCommand, portCommand } from './containers/port';
import { containerStatsCommand, statsCommand } from './containers/stats';
import { containerTopCommand, topCommand } from './containers/top';
import { containerRmCommand, rmCommand } from './containers/remove';
import { CONTAINER_LIFECYCLE_COMMANDS, LIFECYCLE_COMMANDS } from './containers/lifecycle-commands';
import { imageInspectCommand } from './images/inspect';
import { imageLsCommand, imagesCommand } from './images/list';
import { imagePullCommand, pullCommand } from './images/pull';
import { imageRmCommand, rmiCommand } from './images/remove';
import { imageTagCommand, tagCommand } from './images/tag';
import { imageSaveCommand, saveCommand } from './images/save';
import { imageLoadCommand, loadCommand } from './images/load';
import { imageImportCommand, importCommand } from './images/import';
import { historyCommand, imageHistoryCommand } from './images/history';
import { imagePushCommand, pushCommand } from './images/push';
import { loginCommand } from './login';
import { buildCommand, imageBuildCommand } from './build';
import { searchCommand } from './search';
import { containerPruneCommand } from './containers/prune';
import { commitCommand, containerCommitCommand } from './images/commit';
import { imagePruneCommand } from './images/prune';
import { systemDfCommand } from './system/df';
import { systemPruneCommand } from './system/prune';
import { logoutCommand } from './logout';
import { infoCommand } from './system/info';
import { versionCommand } from './system/version';
import { NETWORK_COMMANDS } from './network/network';
import { VOLUME_COMMANDS } from './volumes/volumes';
import { eventsCommand, systemEventsCommand } from './system/events';
import { containerUpdateCommand, updateCommand } from './containers/update';
import { managementGroup } from './group';
import { builderGroup } from './builder/builder';
import { configGroup } from './config/config';
import { contextGroup } from './context/context';
import { manifestGroup } from './manifest/manifest';
import { nodeGroup } from './node/node';
import { pluginGroup } from './plugin/plugin';
import { secretGroup } from './secret/secret';
import { serviceGroup } from './service/service';
import { stackGroup } from './stack/stack';
import { swarmGroup } from './swarm/swarm';
import { trustGroup } from './trust/trust';

export const DOCKER_COMMANDS: DockerCommand[] = [
  builderGroup,
  configGroup,
  contextGroup,
  manifestGroup,
  nodeGroup,
  pluginGroup,
  secretGroup,
  serviceGroup,
  stackGroup,
  swarmGroup,
  trustGroup,
  buildCommand,
  commitCommand,
  managementGroup('container', 'Manage containers', [containerCommitCommand, containerCpCommand, containerDiffCommand, containerExecCommand, containerExportCommand, containerInspectCommand, containerLsCommand, containerPortCommand, containerPruneCommand, containerRmCommand, containerStatsCommand, containerTopCommand, containerUpdateCommand, ...CONTAINER_LIFECYCLE_COMMANDS]),
  managementGroup('image', 'Manage images', [imageBuildCommand, imageHistoryCommand, imageImportCommand, imageInspectCommand, imageLoadCommand, imageLsCommand, imagePruneCommand, imagePullCommand, imagePushCommand, imageRmCommand, imageSaveCommand, imageTagCommand]),
  managementGroup('system', 'Manage Docker', [systemDfCommand, systemEventsCommand, { ...infoCommand, usage: 'Display system-wide information' }, systemPruneCommand]),
  managementGroup('network', 'Manage networks', NETWORK_COMMANDS),
  managementGroup('volume', 'Manage volumes', VOLUME_COMMANDS),
  historyCommand,
  cpCommand,
  diffCommand,
  eventsCommand,
  execCommand,
  exportCommand,
  imagesCommand,
  importCommand,
  infoCommand,
  inspectCommand,
  loadCommand,
  loginCommand,
  logoutCommand,
  portCommand,
  psCommand,
  pullCommand,
  pushCommand,
  rmCommand,
  rmiCommand,
  saveCommand,
  searchCommand,
  statsCommand,
  tagCommand,
  topCommand,
  updateCommand,
  versionCommand,
  ...LIFECYCLE_COMMANDS,
];
