// `docker stack` (docker/cli 20.10 cli/command/stack/cmd.go): Manage Docker stacks; its verbs, one
// per file.

import type { DockerCommand } from '../docker-env';
import type { FlagSpec } from '../../../cli/spec';
import { managementGroup } from '../group';
import { stackDeployCommand } from './deploy';
import { stackLsCommand } from './ls';
import { stackPsCommand } from './ps';
import { stackRmCommand } from './rm';
import { stackServicesCommand } from './services';

/** Persistent: every verb of the group reads it. */
const groupFlags: FlagSpec[] = [
  { names: ['orchestrator'], kind: 'string', usage: 'Orchestrator to use (swarm|kubernetes|all)', persistent: true },
];

export const stackGroup: DockerCommand = managementGroup('stack', 'Manage Docker stacks', [
  stackDeployCommand,
  stackLsCommand,
  stackPsCommand,
  stackRmCommand,
  stackServicesCommand,
], groupFlags);
