// `docker login` (docker/cli 20.10 cli/command/registry/login.go): -u with -p (warned about)
// or --password-stdin, the daemon checks them at the registry (POST /auth), and the CLI stores
// them in its config file, warning that the file store keeps them unencrypted (stderr), then
// prints the daemon's `Login Succeeded`. With no server, Docker Hub's index address.

import { NotSimulatedError } from '../../cli/not-simulated';
import { daemonOf, type DockerCommand } from './docker-env';
import { configPath, DOCKER_HUB_AUTH_KEY, readConfig, writeConfig } from './docker-config';

const UNENCRYPTED_WARNING = (path: string) =>
  `WARNING! Your password will be stored unencrypted in ${path}.\nConfigure a credential helper to remove this warning. See\nhttps://docs.docker.com/engine/reference/commandline/login/#credentials-store\n\n`;

export const loginCommand: DockerCommand = {
  name: 'login',
  argsUsage: '[OPTIONS] [SERVER]',
  usage: 'Log in to a Docker registry',
  description: 'Log in to a Docker registry.\nIf no server is specified, the default is defined by the daemon.',
  args: { max: 1 },
  flags: [
    { names: ['password', 'p'], kind: 'string', usage: 'Password' },
    { names: ['password-stdin'], kind: 'bool', usage: 'Take the password from stdin' },
    { names: ['username', 'u'], kind: 'string', usage: 'Username' },
  ],
  action: (c) => {
    let password = c.string('password');
    const username = c.string('username').trim();
    if (password !== '') {
      c.io.stderr('WARNING! Using --password via the CLI is insecure. Use --password-stdin.\n');
      if (c.bool('password-stdin')) throw new Error('--password and --password-stdin are mutually exclusive');
    }
    if (c.bool('password-stdin')) {
      if (username === '') throw new Error('Must provide --username with --password-stdin');
      password = c.io.stdin.replace(/\n$/, '').replace(/\r$/, '');
    }
    if (username === '' || password === '') {
      if (!c.io.isTTY) throw new Error('Error: Cannot perform an interactive login from a non TTY device');
      throw new NotSimulatedError('docker login asking for the username or password at a prompt (give -u and -p or --password-stdin)', 'https://docs.docker.com/engine/reference/commandline/login/');
    }
    const typed = c.args[0] ?? '';
    const server = typed !== '' && typed !== 'docker.io' ? typed : DOCKER_HUB_AUTH_KEY;
    const response = daemonOf(c).login({ username, password, serverAddress: server });
    const config = readConfig(c);
    config.auths = { ...(config.auths ?? {}), [server]: { auth: btoa(`${username}:${password}`) } };
    writeConfig(c, config);
    c.io.stderr(UNENCRYPTED_WARNING(configPath(c)));
    c.io.stdout(`${response.Status}\n`);
  },
};
