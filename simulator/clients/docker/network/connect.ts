// `docker network connect` / `disconnect` (docker/cli 20.10 cli/command/network/connect.go,
// disconnect.go): nothing on stdout when it worked; the daemon's answer otherwise, every one as
// `Error response from daemon: …` (a missing container too: these calls are not wrapped).

import { NotSimulatedError } from '../../../cli/not-simulated';
import { daemonOf, type DockerCommand } from '../docker-env';

const DOCS = 'https://docs.docker.com/engine/reference/commandline/network_connect/';

export const networkConnectCommand: DockerCommand = {
  name: 'connect',
  argsUsage: '[OPTIONS] NETWORK CONTAINER',
  usage: 'Connect a container to a network',
  args: { min: 2, max: 2 },
  flags: [
    { names: ['alias'], kind: 'stringSlice', typeName: 'strings', usage: 'Add network-scoped alias for the container' },
    { names: ['driver-opt'], kind: 'stringSlice', typeName: 'strings', usage: 'driver options for the network' },
    { names: ['ip'], kind: 'string', usage: 'IPv4 address (e.g., 172.30.100.104)' },
    { names: ['ip6'], kind: 'string', usage: 'IPv6 address (e.g., 2001:db8::33)' },
    { names: ['link'], kind: 'stringArray', typeName: 'list', usage: 'Add link to another container' },
    { names: ['link-local-ip'], kind: 'stringSlice', typeName: 'strings', usage: 'Add a link-local address for the container' },
  ],
  action: (c) => {
    if (c.string('ip6')) throw new NotSimulatedError('docker network connect --ip6', DOCS);
    for (const flag of ['driver-opt', 'link', 'link-local-ip'] as const) if (c.stringSlice(flag).length > 0) throw new NotSimulatedError(`docker network connect --${flag}`, DOCS);
    const [network = '', container = ''] = c.args;
    const ip = c.string('ip');
    daemonOf(c).networks.connect(network, container, { aliases: c.stringSlice('alias'), ...(ip ? { ipv4: ip } : {}) });
  },
};

export const networkDisconnectCommand: DockerCommand = {
  name: 'disconnect',
  argsUsage: '[OPTIONS] NETWORK CONTAINER',
  usage: 'Disconnect a container from a network',
  args: { min: 2, max: 2 },
  flags: [{ names: ['force', 'f'], kind: 'bool', usage: 'Force the container to disconnect from a network' }],
  action: (c) => {
    const [network = '', container = ''] = c.args;
    daemonOf(c).networks.disconnect(network, container, c.bool('force'));
  },
};
