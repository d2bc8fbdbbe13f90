// containerwalker.Walk (pkg/idutil/containerwalker/containerwalker.go:45-73@v0.22.2): a request
// names a container by its nerdctl/name label or by a prefix of its id; every match is handed
// on (sorted by id, as containerd lists them) together with how many there were, and each
// command decides what an ambiguous prefix means. `k8s://…` names are refused.

import type { Container, NamespacedClient } from '../../../containerd/client/index';
import { LABEL } from './nerdctl-labels';

export interface Found {
  container: Container;
  /** The raw request: name, short ID or long ID. */
  req: string;
  matchIndex: number;
  /** 1 on an exact match, more on an ambiguous one. */
  matchCount: number;
}

/** The containers `req` names, as Walk finds them (the filters `labels."nerdctl/name"==req` or `id~=^req.*$`). */
export function findContainers(client: NamespacedClient, req: string): Found[] {
  if (req.startsWith('k8s://')) {
    throw new Error(`specifying "k8s://..." form is not supported (Hint: specify ID instead): ${JSON.stringify(req)}`);
  }
  const matches = client.containers.list().filter((info) => info.labels[LABEL.name] === req || info.id.startsWith(req));
  return matches.map((info, matchIndex) => ({
    container: client.containers.loadContainer(info.id),
    req,
    matchIndex,
    matchCount: matches.length,
  }));
}

/**
 * Walks `req` calling `onFound` for each match; returns the number found. Most commands then
 * fail with `no such container <req>` for 0.
 */
export async function walkContainers(client: NamespacedClient, req: string, onFound: (found: Found) => Promise<void> | void): Promise<number> {
  const found = findContainers(client, req);
  for (const f of found) await onFound(f);
  return found.length;
}

/** The common `found.MatchCount > 1` refusal of the commands that act on one container. */
export function refuseAmbiguous(found: Found): void {
  if (found.matchCount > 1) throw new Error(`multiple IDs found with provided prefix: ${found.req}`);
}
