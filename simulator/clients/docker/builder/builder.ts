// `docker builder` (docker/cli 20.10 cli/command/builder/cmd.go): Manage builds; its verbs, one per
// file.

import type { DockerCommand } from '../docker-env';
import { builderPruneCommand } from './prune';
import { imageBuildCommand } from '../build';
import { managementGroup } from '../group';

export const builderGroup: DockerCommand = managementGroup('builder', 'Manage builds', [
  { ...imageBuildCommand },
  builderPruneCommand,
]);
