// `docker manifest` keeps manifest lists being built under ~/.docker/manifests (docker/cli 20.10
// cli/manifest/store). Creating one reads each image's manifest from its registry first; that
// read, and everything that needs a list in the store, is not simulated here: only the answers
// a node gives with no list stored and no registry reachable.

import { NotSimulatedError } from '../../../cli/not-simulated';
import { normalizeDockerRef } from '../../../oci/archive/docker-ref';
import type { DockerContext } from '../docker-env';

const MANIFEST_DOCS = 'https://docs.docker.com/engine/reference/commandline/manifest/';

/** The normalized name the store keys a list by (`docker.io/a/b:latest`). */
export function manifestListName(ref: string): string {
  return normalizeDockerRef(ref).name;
}

/**
 * The registry client's first request for `ref` (cli/registry/client: the v2 ping): its error on a
 * node whose registries cannot be reached; NotSimulatedError when they can.
 */
export function registryPingError(c: DockerContext, ref: string, what: string): string {
  const name = manifestListName(ref);
  const host = name.split('/')[0] ?? '';
  if (host === 'docker.io' && c.env.node.state.registries.offline) {
    return 'failed to configure transport: error pinging v2 registry: Get "https://registry-1.docker.io/v2/": dial tcp: lookup registry-1.docker.io on 127.0.0.53:53: no such host';
  }
  const local = /^(localhost|127\.0\.0\.1)(?::(\d+))?$/.exec(host);
  if (local && c.env.node.state.registries.listening?.[host] !== true) {
    return `failed to configure transport: error pinging v2 registry: Get "https://${host}/v2/": dial tcp 127.0.0.1:${local[2] ?? '443'}: connect: connection refused`;
  }
  throw new NotSimulatedError(what, MANIFEST_DOCS);
}
