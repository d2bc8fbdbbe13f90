// What the swarm commands (node, service, stack, config, secret, swarm ca/update/join-token) do
// on node1, which is in no swarm: their first call of a manager's API fails with the daemon's
// errNoManager, exit 1 (swarm/swarm-api.ts). The inspect verbs print `[]` first and wrap the
// error once more, as their runInspect does (`Status: <message>, Code: 1`), as a private real
// dockerd 20.10.24 printed them.

import type { CommandIO } from '../../../cli/spec';
import { daemonOf, type DockerContext } from '../docker-env';
import { daemonErrorText } from '../errors';
import { printInspect } from '../format/inspect';

/** The call every manager-only verb makes first. */
export function managerCall(c: DockerContext): void {
  daemonOf(c).swarm.managerCall();
}

/** `docker node|service|config|secret inspect`: inspect.Inspect's output, its error wrapped in a StatusError. */
export function managerInspect(c: DockerContext): number {
  const swarm = daemonOf(c).swarm;
  let errors = '';
  const io: CommandIO = { ...c.io, stderr: (chunk) => (errors += chunk) };
  const code = printInspect({ ...c, io }, c.args, () => swarm.managerCall(), (err) => {
    const text = daemonErrorText(err);
    if (text === undefined) throw err;
    return text;
  });
  if (code !== 0) c.io.stderr(`Status: ${errors.replace(/\n$/, '')}, Code: ${code}\n`);
  return code;
}
