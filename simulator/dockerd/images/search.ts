// GET /images/search (moby 20.10 registry/session.go SearchRepositories): dockerd asks Docker
// Hub's index, index.docker.io/v1/search. The simulated registries have no search index; on a
// node without DNS (the recorded one) the request fails as it really does.

import type { Node } from '../../node';
import { systemError } from '../errors';

/** Throws the index's connection error when the node is offline; undefined: no index to ask. */
export function searchImages(node: Node, term: string, limit: number): undefined {
  if (node.state.registries.offline) {
    const q = new URLSearchParams({ q: term, n: String(limit) }).toString();
    throw systemError(`Get "https://index.docker.io/v1/search?${q}": dial tcp: lookup index.docker.io on 127.0.0.53:53: no such host`);
  }
  return undefined;
}
