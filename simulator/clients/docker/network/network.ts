// `docker network` (docker/cli 20.10 cli/command/network/cmd.go): its verbs, one per file.

import type { DockerCommand } from '../docker-env';
import { networkConnectCommand, networkDisconnectCommand } from './connect';
import { networkCreateCommand } from './create';
import { networkInspectCommand } from './inspect';
import { networkLsCommand } from './list';
import { networkPruneCommand } from './prune';
import { networkRmCommand } from './remove';

export const NETWORK_COMMANDS: DockerCommand[] = [
  networkConnectCommand,
  networkCreateCommand,
  networkDisconnectCommand,
  networkInspectCommand,
  networkLsCommand,
  networkPruneCommand,
  networkRmCommand,
];
