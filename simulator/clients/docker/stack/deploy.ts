// `docker stack deploy` (docker/cli 20.10 cli/command/stack/deploy.go, swarm/deploy.go): the
// Compose file is required and read first; then the CLI checks that the node is a manager (info's
// ControlAvailable) and stops with its own lower-case message on node1, in no swarm.

import type { DockerCommand } from '../docker-env';
import { stackDeploy } from './deploy-action';

export const stackDeployCommand: DockerCommand = {
  name: 'deploy',
  aliases: ['up'],
  argsUsage: '[OPTIONS] STACK',
  usage: 'Deploy a new stack or update an existing stack',
  args: { min: 1, max: 1 },
  flags: [
    { names: ['compose-file', 'c'], kind: 'stringSlice', usage: 'Path to a Compose file, or "-" to read from stdin' },
    { names: ['prune'], kind: 'bool', usage: 'Prune services that are no longer referenced' },
    { names: ['resolve-image'], kind: 'string', usage: 'Query the registry to resolve image digest and supported platforms ("always"|"changed"|"never")', value: 'always' },
    { names: ['with-registry-auth'], kind: 'bool', usage: 'Send registry authentication details to Swarm agents' },
  ],
  action: stackDeploy,
};
