// `docker swarm join` (docker/cli 20.10 cli/command/swarm/join.go): a token that is not a join
// token is refused by the daemon (`invalid join token`); a join that would dial a manager at
// HOST:PORT is not simulated here.

import type { DockerCommand } from '../docker-env';
import { NotSimulatedError } from '../../../cli/not-simulated';
import { daemonOf } from '../docker-env';

export const swarmJoinCommand: DockerCommand = {
  name: 'join',
  argsUsage: '[OPTIONS] HOST:PORT',
  usage: 'Join a swarm as a node and/or manager',
  args: { min: 1, max: 1 },
  flags: [
    { names: ['advertise-addr'], kind: 'string', usage: 'Advertised address (format: <ip|interface>[:port])' },
    { names: ['availability'], kind: 'string', usage: 'Availability of the node ("active"|"pause"|"drain")', value: 'active' },
    { names: ['data-path-addr'], kind: 'string', usage: 'Address or interface to use for data path traffic (format: <ip|interface>)' },
    { names: ['listen-addr'], kind: 'string', typeName: 'node-addr', usage: 'Listen address (format: <ip|interface>[:port])', defaultText: '0.0.0.0:2377' },
    { names: ['token'], kind: 'string', usage: 'Token for entry into the swarm' },
  ],
  action: (c) => {
    daemonOf(c).swarm.checkJoinToken(c.string('token'));
    throw new NotSimulatedError('docker swarm join', 'https://docs.docker.com/engine/reference/commandline/swarm_join/');
  },
};
