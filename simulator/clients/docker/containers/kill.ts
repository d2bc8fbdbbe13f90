// `docker kill` / `docker container kill` (docker/cli 20.10 cli/command/container/kill.go): the
// signal (-s, default KILL) to each container, its name as typed printed.

import { daemonOf, type DockerCommand } from '../docker-env';
import { forEachContainer } from './for-each';

export const containerKillCommand: DockerCommand = {
  name: 'kill',
  argsUsage: '[OPTIONS] CONTAINER [CONTAINER...]',
  usage: 'Kill one or more running containers',
  args: { min: 1 },
  flags: [{ names: ['signal', 's'], kind: 'string', usage: 'Signal to send to the container', value: 'KILL' }],
  action: (c) => {
    const daemon = daemonOf(c);
    // The CLI sends the kills at once (parallelOperation), so a container named twice is found
    // running by both requests: the second gets the first one's answer (`docker kill w1 w1`
    // prints w1 twice on a real 20.10.24), not "is not running".
    const answers = new Map<string, { error: unknown } | undefined>();
    return forEachContainer(c, (ref) => {
      if (!answers.has(ref)) {
        try {
          daemon.containers.kill(ref, c.string('signal'));
          answers.set(ref, undefined);
        } catch (error) {
          answers.set(ref, { error });
        }
      }
      const failed = answers.get(ref);
      if (failed) throw failed.error;
      return ref;
    });
  },
};

export const killCommand: DockerCommand = { ...containerKillCommand };
