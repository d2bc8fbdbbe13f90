// `docker swarm ca` (docker/cli 20.10 cli/command/swarm/ca.go): a call of the swarm manager's API,
// refused on node1 (in no swarm) as swarm/manager-call.ts says.

import type { DockerCommand } from '../docker-env';
import { managerCall } from './manager-call';

export const swarmCaCommand: DockerCommand = {
  name: 'ca',
  argsUsage: '[OPTIONS]',
  usage: 'Display and rotate the root CA',
  args: { max: 0 },
  flags: [
    { names: ['ca-cert'], kind: 'string', typeName: 'pem-file', usage: 'Path to the PEM-formatted root CA certificate to use for the new cluster' },
    { names: ['ca-key'], kind: 'string', typeName: 'pem-file', usage: 'Path to the PEM-formatted root CA key to use for the new cluster' },
    { names: ['cert-expiry'], kind: 'duration', usage: 'Validity period for node certificates (ns|us|ms|s|m|h)', value: '2160h0m0s' },
    { names: ['detach', 'd'], kind: 'bool', usage: 'Exit immediately instead of waiting for the root rotation to converge' },
    { names: ['external-ca'], kind: 'stringArray', typeName: 'external-ca', usage: 'Specifications of one or more certificate signing endpoints' },
    { names: ['quiet', 'q'], kind: 'bool', usage: 'Suppress progress output' },
    { names: ['rotate'], kind: 'bool', usage: 'Rotate the swarm CA - if no certificate or key are provided, new ones will be generated' },
  ],
  action: managerCall,
};
