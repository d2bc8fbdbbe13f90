// Docker Content Trust talks to a notary server (notary.docker.io for Docker Hub). With the
// registries unreachable, its lookup fails as a real offline node's does; a reachable notary,
// keys and signatures are not simulated here.

import { NotSimulatedError } from '../../cli/not-simulated';
import type { DockerContext } from './docker-env';

export const TRUST_DOCS = 'https://docs.docker.com/engine/security/trust/';

/** The dial error of notary.docker.io on an offline node; throws NotSimulatedError when online. */
export function notaryDialError(c: DockerContext, what: string): string {
  if (!c.env.node.state.registries.offline) throw new NotSimulatedError(what, TRUST_DOCS);
  return 'dial tcp: lookup notary.docker.io on 127.0.0.53:53: no such host';
}
