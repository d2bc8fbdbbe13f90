// `docker context create` (docker/cli 20.10 cli/command/context/create.go): a new context: its name
// checked (the pattern, `default` reserved, not taken), its docker endpoint from --docker (host=,
// skip-tls-verify=; TLS files not simulated), --from, or else the current context's; the name on
// stdout and `Successfully created context` on stderr.

import type { DockerCommand } from '../docker-env';
import { contextCreate, ENDPOINT_CONFIG_HELP } from './create-action';

export const contextCreateCommand: DockerCommand = {
  name: 'create',
  argsUsage: '[OPTIONS] CONTEXT',
  usage: 'Create a context',
  description: `Create a context\n\n${ENDPOINT_CONFIG_HELP}\n\nExample:\n\n$ docker context create my-context --description "some description" --docker "host=tcp://myserver:2376,ca=~/ca-file,cert=~/cert-file,key=~/key-file"`,
  args: { min: 1, max: 1 },
  flags: [
    { names: ['default-stack-orchestrator'], kind: 'string', usage: 'Default orchestrator for stack operations to use with this context (swarm|kubernetes|all)' },
    { names: ['description'], kind: 'string', usage: 'Description of the context' },
    { names: ['docker'], kind: 'stringArray', typeName: 'stringToString', usage: 'set the docker endpoint', defaultText: '[]' },
    { names: ['from'], kind: 'string', usage: 'create context from a named context' },
    { names: ['kubernetes'], kind: 'stringArray', typeName: 'stringToString', usage: 'set the kubernetes endpoint', defaultText: '[]' },
  ],
  action: contextCreate,
};
