// `docker context update` (docker/cli 20.10 cli/command/context/update.go): an existing context's
// description, orchestrator or docker endpoint (host=, skip-tls-verify=); the name on stdout and
// `Successfully updated context` on stderr.

import type { DockerCommand } from '../docker-env';
import { contextUpdate, ENDPOINT_CONFIG_HELP } from './create-action';

export const contextUpdateCommand: DockerCommand = {
  name: 'update',
  argsUsage: '[OPTIONS] CONTEXT',
  usage: 'Update a context',
  description: `Update a context\n\n${ENDPOINT_CONFIG_HELP}\n\nExample:\n\n$ docker context update my-context --description "some description" --docker "host=tcp://myserver:2376,ca=~/ca-file,cert=~/cert-file,key=~/key-file"`,
  args: { min: 1, max: 1 },
  flags: [
    { names: ['default-stack-orchestrator'], kind: 'string', usage: 'Default orchestrator for stack operations to use with this context (swarm|kubernetes|all)' },
    { names: ['description'], kind: 'string', usage: 'Description of the context' },
    { names: ['docker'], kind: 'stringArray', typeName: 'stringToString', usage: 'set the docker endpoint', defaultText: '[]' },
    { names: ['kubernetes'], kind: 'stringArray', typeName: 'stringToString', usage: 'set the kubernetes endpoint', defaultText: '[]' },
  ],
  action: contextUpdate,
};
