// `docker swarm` (docker/cli 20.10 cli/command/swarm/cmd.go): Manage Swarm; its verbs, one per
// file.

import type { DockerCommand } from '../docker-env';
import { managementGroup } from '../group';
import { swarmCaCommand } from './ca';
import { swarmInitCommand } from './init';
import { swarmJoinCommand } from './join';
import { swarmJoinTokenCommand } from './join-token';
import { swarmLeaveCommand } from './leave';
import { swarmUnlockCommand } from './unlock';
import { swarmUnlockKeyCommand } from './unlock-key';
import { swarmUpdateCommand } from './update';

export const swarmGroup: DockerCommand = managementGroup('swarm', 'Manage Swarm', [
  swarmCaCommand,
  swarmInitCommand,
  swarmJoinCommand,
  swarmJoinTokenCommand,
  swarmLeaveCommand,
  swarmUnlockCommand,
  swarmUnlockKeyCommand,
  swarmUpdateCommand,
]);
