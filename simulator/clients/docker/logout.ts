// `docker logout` (docker/cli 20.10 cli/command/registry/logout.go): the server's entry is
// removed from the config file (under each spelling the CLI tries); 20.10.24 says it removes
// it whether or not there was one.

import { daemonOf, type DockerCommand } from './docker-env';
import { DOCKER_HUB_AUTH_KEY, readConfig, writeConfig } from './docker-config';

export const logoutCommand: DockerCommand = {
  name: 'logout',
  argsUsage: '[SERVER]',
  usage: 'Log out from a Docker registry',
  description: 'Log out from a Docker registry.\nIf no server is specified, the default is defined by the daemon.',
  args: { max: 1 },
  action: (c) => {
    daemonOf(c);
    const typed = c.args[0] ?? '';
    const server = typed !== '' && typed !== 'docker.io' ? typed.replace(/^https?:\/\//, '').replace(/\/.*$/, '') : DOCKER_HUB_AUTH_KEY;
    c.io.stdout(`Removing login credentials for ${server}\n`);
    const config = readConfig(c);
    const auths = { ...(config.auths ?? {}) };
    for (const key of [server, `http://${server}`, `https://${server}`]) delete auths[key];
    config.auths = auths;
    writeConfig(c, config);
  },
};
