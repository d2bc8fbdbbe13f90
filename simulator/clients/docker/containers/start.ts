// `docker start` / `docker container start` (docker/cli 20.10 cli/command/container/start.go):
// without -a each container started and its name as typed printed, a failure printed at once and
// summed up at the end as `Error: failed to start containers: a, b` (exit 1); with -a (one
// container) attached to it until it exits, exiting with its code.

import { daemonOf, type DockerCommand, type DockerContext } from '../docker-env';
import { daemonErrorText } from '../errors';
import { attachTo } from './attached';
import { BAD_ATTACH_KEYS, detachKeysSpec, SILENT_DETACH, validDetachKeys, withDetachKeys } from './detach-keys';

async function startAttached(c: DockerContext): Promise<number> {
  if (c.args.length > 1) {
    c.io.stderr('You cannot start and attach multiple containers at once.\n');
    return 1;
  }
  const daemon = daemonOf(c);
  const ref = c.args[0] ?? '';
  const interactive = c.bool('interactive');
  // start.go attaches before it starts: the daemon's refusal of bad detach keys leaves the
  // container as it was (the CLI reads the refusal as a stream header).
  if (!validDetachKeys(detachKeysSpec(c))) {
    daemon.containers.inspect(ref);
    c.io.stderr(`${BAD_ATTACH_KEYS}\n`);
    return 1;
  }
  const streams = daemon.containers.start(ref, {
    stdin: interactive && c.io.stdin !== '' ? c.io.stdin : interactive ? undefined : '',
    stdinOpen: interactive && c.io.stdin === '',
    attach: true,
  });
  const id = daemon.containers.state(ref).id;
  if (!streams) return 0;
  const openStdin = (daemon.containers.inspect(id) as { Config?: { OpenStdin?: boolean } }).Config?.OpenStdin === true;
  // -ai on a -it container: the detach keys leave it running, and start exits 0 silently.
  return attachTo(withDetachKeys(c, interactive && openStdin && streams.tty, SILENT_DETACH), streams, false, () => daemon.containers.exitCode(id));
}

export const containerStartCommand: DockerCommand = {
  name: 'start',
  argsUsage: '[OPTIONS] CONTAINER [CONTAINER...]',
  usage: 'Start one or more stopped containers',
  args: { min: 1 },
  flags: [
    { names: ['attach', 'a'], kind: 'bool', usage: 'Attach STDOUT/STDERR and forward signals' },
    { names: ['detach-keys'], kind: 'string', usage: 'Override the key sequence for detaching a container' },
    { names: ['interactive', 'i'], kind: 'bool', usage: "Attach container's STDIN" },
  ],
  action: async (c) => {
    if (c.bool('attach') || c.bool('interactive')) return startAttached(c);
    const daemon = daemonOf(c);
    const failed: string[] = [];
    for (const ref of c.args) {
      try {
        daemon.containers.start(ref);
        c.io.stdout(`${ref}\n`);
      } catch (err) {
        const text = daemonErrorText(err);
        if (text === undefined) throw err;
        c.io.stderr(`${text}\n`);
        failed.push(ref);
      }
    }
    if (failed.length === 0) return 0;
    c.io.stderr(`Error: failed to start containers: ${failed.join(', ')}\n`);
    return 1;
  },
};

export const startCommand: DockerCommand = { ...containerStartCommand };
