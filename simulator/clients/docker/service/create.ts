// `docker service create` (docker/cli 20.10 cli/command/service/create.go): a call of the swarm
// manager's API, refused on node1 (in no swarm) as swarm/manager-call.ts says.

import type { DockerCommand } from '../docker-env';
import { managerCall } from '../swarm/manager-call';
import { withServiceFlags } from './service-flags';

export const serviceCreateCommand: DockerCommand = {
  name: 'create',
  argsUsage: '[OPTIONS] IMAGE [COMMAND] [ARG...]',
  usage: 'Create a new service',
  args: { min: 1 },
  flags: withServiceFlags([
    { names: ['config'], kind: 'stringArray', typeName: 'config', usage: 'Specify configurations to expose to the service' },
    { names: ['constraint'], kind: 'stringArray', typeName: 'list', usage: 'Placement constraints' },
    { names: ['container-label'], kind: 'stringArray', typeName: 'list', usage: 'Container labels' },
    { names: ['dns'], kind: 'stringArray', typeName: 'list', usage: 'Set custom DNS servers' },
    { names: ['dns-option'], kind: 'stringArray', typeName: 'list', usage: 'Set DNS options' },
    { names: ['dns-search'], kind: 'stringArray', typeName: 'list', usage: 'Set custom DNS search domains' },
    { names: ['env', 'e'], kind: 'stringArray', typeName: 'list', usage: 'Set environment variables' },
    { names: ['env-file'], kind: 'stringArray', typeName: 'list', usage: 'Read in a file of environment variables' },
    { names: ['generic-resource'], kind: 'stringArray', typeName: 'list', usage: 'User defined resources' },
    { names: ['group'], kind: 'stringArray', typeName: 'list', usage: 'Set one or more supplementary user groups for the container' },
    { names: ['host'], kind: 'stringArray', typeName: 'list', usage: 'Set one or more custom host-to-IP mappings (host:ip)' },
    { names: ['label', 'l'], kind: 'stringArray', typeName: 'list', usage: 'Service labels' },
    { names: ['mode'], kind: 'string', usage: 'Service mode (replicated, global, replicated-job, or global-job)', value: 'replicated' },
    { names: ['mount'], kind: 'stringArray', typeName: 'mount', usage: 'Attach a filesystem mount to the service' },
    { names: ['name'], kind: 'string', usage: 'Service name' },
    { names: ['network'], kind: 'stringArray', typeName: 'network', usage: 'Network attachments' },
    { names: ['placement-pref'], kind: 'stringArray', typeName: 'pref', usage: 'Add a placement preference' },
    { names: ['publish', 'p'], kind: 'stringArray', typeName: 'port', usage: 'Publish a port as a node port' },
    { names: ['secret'], kind: 'stringArray', typeName: 'secret', usage: 'Specify secrets to expose to the service' },
    { names: ['sysctl'], kind: 'stringArray', typeName: 'list', usage: 'Sysctl options' },
    { names: ['ulimit'], kind: 'stringArray', typeName: 'ulimit', usage: 'Ulimit options', defaultText: '[]' },
  ], true),
  action: managerCall,
};
