// `docker attach` / `docker container attach` (docker/cli 20.10 cli/command/container/attach.go):
// the client inspects first (a missing one is `Error: No such container: x`, a stopped or
// paused one refused by the client itself, without the daemon's prefix), then stays attached to the running process from now on — what
// it printed before is in `docker logs`, not here — and exits with its code.

import { daemonOf, type DockerCommand, type DockerContext } from '../docker-env';
import { daemonErrorText } from '../errors';
import { attachTo } from './attached';
import { BAD_ATTACH_KEYS, detachKeysSpec, LOUD_DETACH, validDetachKeys, withDetachKeys } from './detach-keys';

/** The inspected container, if it is one the client would attach to (running, not paused). */
function attachable(c: DockerContext, ref: string): { openStdin: boolean } | undefined {
  try {
    const inspected = daemonOf(c).containers.inspect(ref) as { State?: { Running?: boolean; Paused?: boolean }; Config?: { OpenStdin?: boolean } };
    if (inspected.State?.Running !== true || inspected.State.Paused === true) return undefined;
    return { openStdin: inspected.Config?.OpenStdin === true };
  } catch {
    return undefined;
  }
}

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
    const ref = c.args[0] ?? '';
    const target = attachable(c, ref);
    // The daemon refuses bad detach keys before it attaches; the CLI reads its answer as a
    // stream header (moby daemon/attach.go, `Invalid detach keys (x) provided`).
    if (target && !validDetachKeys(detachKeysSpec(c))) {
      c.io.stderr(`${BAD_ATTACH_KEYS}\n`);
      return 1;
    }
    let streams;
    try {
      streams = daemon.containers.attach(ref);
    } catch (err) {
      const text = daemonErrorText(err, { objectNotFound: true });
      if (text === undefined) throw err;
      // attach.go checks the inspected state itself: its refusals carry no daemon prefix.
      c.io.stderr(`${text.replace(/^Error response from daemon: (?=You cannot attach to a )/, '')}\n`);
      return 1;
    }
    const id = streams.id;
    // With a terminal and stdin (docker run -it …, not --no-stdin) the detach keys end the
    // attach: `read escape sequence`, exit 1, the container still running.
    const watched = withDetachKeys(c, streams.tty && target?.openStdin === true && !c.bool('no-stdin'), LOUD_DETACH);
    return attachTo(watched, streams, true, () => daemon.containers.exitCode(id), c.bool('sig-proxy'));
  },
};

export const attachCommand: DockerCommand = { ...containerAttachCommand };
