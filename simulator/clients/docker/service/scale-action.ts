// `docker service scale` (docker/cli 20.10 cli/command/service/scale.go scaleArgs, runScale):
// every argument must be SERVICE=REPLICAS before anything runs (a usage error otherwise); then
// each is scaled in turn and each failure collected as `<service>: <error>`, all printed at the
// end, exit 1. On node1, in no swarm, every scale is refused by the daemon (swarm/manager-call.ts).

import { CliError } from '../../../cli/cli-error';
import { daemonErrorText } from '../errors';
import type { DockerContext } from '../docker-env';
import { managerCall } from '../swarm/manager-call';

/** strconv.ParseUint(s, 10, 64)'s error, or undefined when `s` is a replica count. */
function parseUintError(s: string): string | undefined {
  if (!/^\d+$/.test(s)) return `strconv.ParseUint: parsing ${JSON.stringify(s)}: invalid syntax`;
  if (BigInt(s) > 2n ** 64n - 1n) return `strconv.ParseUint: parsing ${JSON.stringify(s)}: value out of range`;
  return undefined;
}

export function serviceScale(c: DockerContext): void {
  for (const arg of c.args) {
    if (!arg.includes('=')) {
      const path = c.path.join(' ');
      throw new CliError(`Invalid scale specifier '${arg}'.\nSee '${path} --help'.\n\nUsage:  ${path} SERVICE=REPLICAS [SERVICE=REPLICAS...]\n\nScale one or multiple replicated services`, 1);
    }
  }
  const errors: string[] = [];
  for (const arg of c.args) {
    const at = arg.indexOf('=');
    const service = arg.slice(0, at);
    const replicas = arg.slice(at + 1);
    const bad = parseUintError(replicas);
    if (bad !== undefined) {
      errors.push(`${service}: invalid replicas value ${replicas}: ${bad}`);
      continue;
    }
    try {
      managerCall(c);
    } catch (err) {
      const text = daemonErrorText(err);
      if (text === undefined) throw err;
      errors.push(`${service}: ${text}`);
    }
  }
  if (errors.length > 0) throw new CliError(errors.join('\n'), 1);
}
