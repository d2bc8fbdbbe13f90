// --init is recorded (HostConfig.Init, as inspect shows it) but docker-init is not simulated:
// a container that would start under it is refused, plainly, instead of running without it.

import { NotSimulatedError } from '../../../cli/not-simulated';
import { daemonOf, type DockerContext } from '../docker-env';

const DOCS = 'https://docs.docker.com/engine/reference/commandline/run/';

/** Throws for a container created with --init; a missing one is left to the start's own error. */
export function refuseInit(c: DockerContext, ref: string): void {
  let init = false;
  try {
    init = (daemonOf(c).containers.inspect(ref).HostConfig as { Init?: boolean } | undefined)?.Init === true;
  } catch {
    return;
  }
  if (init) throw new NotSimulatedError('docker run --init (docker-init as PID 1)', DOCS);
}
