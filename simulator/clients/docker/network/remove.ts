// `docker network rm` (docker/cli 20.10 cli/command/network/remove.go): each network in turn,
// its name as typed on stdout when removed, a failure on stderr at once (a missing one in the
// client's words, `Error: No such network: x`); exit 1 if any failed.

import { daemonOf, type DockerCommand } from '../docker-env';
import { lookupErrorText } from './inspect';

export const networkRmCommand: DockerCommand = {
  name: 'rm',
  aliases: ['remove'],
  argsUsage: 'NETWORK [NETWORK...]',
  usage: 'Remove one or more networks',
  args: { min: 1 },
  action: (c) => {
    const daemon = daemonOf(c);
    let status = 0;
    for (const ref of c.args) {
      try {
        daemon.networks.remove(ref);
        c.io.stdout(`${ref}\n`);
      } catch (err) {
        const text = lookupErrorText(err, 'network', ref);
        if (text === undefined) throw err;
        c.io.stderr(`${text}\n`);
        status = 1;
      }
    }
    return status;
  },
};
