// `docker node` (docker/cli 20.10 cli/command/node/cmd.go): Manage Swarm nodes; its verbs, one per
// file.

import type { DockerCommand } from '../docker-env';
import { managementGroup } from '../group';
import { nodeDemoteCommand } from './demote';
import { nodeInspectCommand } from './inspect';
import { nodeLsCommand } from './ls';
import { nodePromoteCommand } from './promote';
import { nodePsCommand } from './ps';
import { nodeRmCommand } from './rm';
import { nodeUpdateCommand } from './update';

export const nodeGroup: DockerCommand = managementGroup('node', 'Manage Swarm nodes', [
  nodeDemoteCommand,
  nodeInspectCommand,
  nodeLsCommand,
  nodePromoteCommand,
  nodePsCommand,
  nodeRmCommand,
  nodeUpdateCommand,
]);
