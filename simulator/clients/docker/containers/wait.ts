// `docker wait` / `docker container wait` (docker/cli 20.10 cli/command/container/wait.go): the
// exit code of each container once it stops, in simulated time. One that only a signal would
// end cannot be waited for here: said honestly, exit 1.

import { NotSimulatedError } from '../../../cli/not-simulated';
import { daemonOf, type DockerCommand } from '../docker-env';
import { forEachContainer } from './for-each';

/** How long a wait may run in simulated time before it counts as waiting for ever. */
const MAX_WAIT_MS = 10 * 60 * 1000;

export const containerWaitCommand: DockerCommand = {
  name: 'wait',
  argsUsage: 'CONTAINER [CONTAINER...]',
  usage: 'Block until one or more containers stop, then print their exit codes',
  args: { min: 1 },
  action: (c) => {
    const daemon = daemonOf(c);
    return forEachContainer(c, async (ref) => {
      const code = await daemon.containers.wait(ref, c.env.node.nowMs() + MAX_WAIT_MS, c.io.time);
      if (code === undefined) throw new NotSimulatedError(`docker wait on ${ref}, which does not stop by itself,`, 'https://docs.docker.com/engine/reference/commandline/wait/');
      return String(code);
    });
  },
};

export const waitCommand: DockerCommand = { ...containerWaitCommand };
