// `docker swarm init` (docker/cli 20.10 cli/command/swarm/init.go): making node1 a swarm manager
// (raft, certificates, the ingress network and docker_gwbridge) is not simulated here: an honest
// refusal.

import type { DockerCommand } from '../docker-env';
import { NotSimulatedError } from '../../../cli/not-simulated';

export const swarmInitCommand: DockerCommand = {
  name: 'init',
  argsUsage: '[OPTIONS]',
  usage: 'Initialize a swarm',
  args: { max: 0 },
  flags: [
    { names: ['advertise-addr'], kind: 'string', usage: 'Advertised address (format: <ip|interface>[:port])' },
    { names: ['autolock'], kind: 'bool', usage: 'Enable manager autolocking (requiring an unlock key to start a stopped manager)' },
    { names: ['availability'], kind: 'string', usage: 'Availability of the node ("active"|"pause"|"drain")', value: 'active' },
    { names: ['cert-expiry'], kind: 'duration', usage: 'Validity period for node certificates (ns|us|ms|s|m|h)', value: '2160h0m0s' },
    { names: ['data-path-addr'], kind: 'string', usage: 'Address or interface to use for data path traffic (format: <ip|interface>)' },
    { names: ['data-path-port'], kind: 'uint', typeName: 'uint32', usage: 'Port number to use for data path traffic (1024 - 49151). If no value is set or is set to 0, the default port (4789) is used.' },
    { names: ['default-addr-pool'], kind: 'stringSlice', typeName: 'ipNetSlice', usage: 'default address pool in CIDR format', defaultText: '[]' },
    { names: ['default-addr-pool-mask-length'], kind: 'uint', typeName: 'uint32', usage: 'default address pool subnet mask length', value: 24 },
    { names: ['dispatcher-heartbeat'], kind: 'duration', usage: 'Dispatcher heartbeat period (ns|us|ms|s|m|h)', value: '5s' },
    { names: ['external-ca'], kind: 'stringArray', typeName: 'external-ca', usage: 'Specifications of one or more certificate signing endpoints' },
    { names: ['force-new-cluster'], kind: 'bool', usage: 'Force create a new cluster from current state' },
    { names: ['listen-addr'], kind: 'string', typeName: 'node-addr', usage: 'Listen address (format: <ip|interface>[:port])', defaultText: '0.0.0.0:2377' },
    { names: ['max-snapshots'], kind: 'uint', usage: 'Number of additional Raft snapshots to retain' },
    { names: ['snapshot-interval'], kind: 'uint', usage: 'Number of log entries between Raft snapshots', value: 10000 },
    { names: ['task-history-limit'], kind: 'int', usage: 'Task history retention limit', value: 5 },
  ],
  action: () => {
    throw new NotSimulatedError('docker swarm init', 'https://docs.docker.com/engine/reference/commandline/swarm_init/');
  },
};
