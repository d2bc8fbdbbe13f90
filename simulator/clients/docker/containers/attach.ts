// `docker attach` / `docker container attach` (docker/cli 20.10 cli/command/container/attach.go):
// the client inspects first (a missing one is `Error: No such container: x`, a stopped or
// paused one refused by the client itself, without the daemon's prefix), then stays attached to the running process from now on — what
// it printed before is in `docker logs`, not here — and exits with its code.

import { daemonOf, type DockerCommand } from '../docker-env';
import { daemonErrorText } from '../errors';
import { attachTo } from './attached';

export const containerAttachCommand: DockerCommand = {
  name: 'attach',
  argsUsage: '[OPTIONS] CONTAINER',
  usage: 'Attach local standard input, output, and error streams to a running container',
  args: { min: 1, max: 1 },
  flags: [
    { names: ['detach-keys'], kind: 'string', usage: 'Override the key sequence for detaching a container' },
    { names: ['no-stdin'], kind: 'bool', usage: 'Do not attach STDIN' },
    { names: ['sig-proxy'], kind: 'bool', usage: 'Proxy all received signals to the process', value: true },
  ],
  action: async (c) => {
    const daemon = daemonOf(c);
    let streams;
    try {
      streams = daemon.containers.attach(c.args[0] ?? '');
    } catch (err) {
      const text = daemonErrorText(err, { objectNotFound: true });
      if (text === undefined) throw err;
      // attach.go checks the inspected state itself: its refusals carry no daemon prefix.
      c.io.stderr(`${text.replace(/^Error response from daemon: (?=You cannot attach to a )/, '')}\n`);
      return 1;
    }
    const id = streams.id;
    return attachTo(c, streams, true, () => daemon.containers.exitCode(id));
  },
};

export const attachCommand: DockerCommand = { ...containerAttachCommand };
