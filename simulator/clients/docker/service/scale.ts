// `docker service scale` (docker/cli 20.10 cli/command/service/scale.go): each SERVICE=REPLICAS is
// checked first (scaleArgs: a word without `=` is a usage error), then scaled one by one; every
// failure is printed as `<service>: <error>` and the command exits 1 (refused on node1, in no
// swarm: swarm/manager-call.ts).

import type { DockerCommand } from '../docker-env';
import { serviceScale } from './scale-action';

export const serviceScaleCommand: DockerCommand = {
  name: 'scale',
  argsUsage: 'SERVICE=REPLICAS [SERVICE=REPLICAS...]',
  usage: 'Scale one or multiple replicated services',
  flags: [
    { names: ['detach', 'd'], kind: 'bool', usage: 'Exit immediately instead of waiting for the service to converge' },
  ],
  action: serviceScale,
};
