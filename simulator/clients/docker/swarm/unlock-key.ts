// `docker swarm unlock-key` (docker/cli 20.10 cli/command/swarm/unlock_key.go): the swarm's unlock
// key from the manager, refused on node1 (in no swarm), wrapped as `could not fetch unlock key: …`.

import type { DockerCommand } from '../docker-env';
import { CliError } from '../../../cli/cli-error';
import { daemonErrorText } from '../errors';
import { managerCall } from './manager-call';

export const swarmUnlockKeyCommand: DockerCommand = {
  name: 'unlock-key',
  argsUsage: '[OPTIONS]',
  usage: 'Manage the unlock key',
  args: { max: 0 },
  flags: [
    { names: ['quiet', 'q'], kind: 'bool', usage: 'Only display token' },
    { names: ['rotate'], kind: 'bool', usage: 'Rotate unlock key' },
  ],
  action: (c) => {
    try {
      managerCall(c);
    } catch (err) {
      const text = daemonErrorText(err);
      if (text === undefined) throw err;
      throw new CliError(`could not fetch unlock key: ${text}`, 1);
    }
  },
};
