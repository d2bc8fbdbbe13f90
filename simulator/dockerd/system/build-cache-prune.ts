// POST /build/prune (moby 20.10 builder/builder-next/builder.go Prune): the filters are checked
// against the cache fields BuildKit knows, then the cache goes. dockerd here keeps no build cache
// records (system df's Build Cache is empty, df.ts), so a prune deletes nothing and reclaims 0.

import { invalidParameter } from '../errors';

/** builder.go's cacheFields plus until and unused-for. */
const ACCEPTED = new Set(['id', 'parent', 'type', 'description', 'inuse', 'shared', 'private', 'until', 'unused-for']);

export interface BuildCachePruneReport {
  CachesDeleted: string[];
  SpaceReclaimed: number;
}

export function pruneBuildCache(filters: ReadonlyMap<string, readonly string[]>): BuildCachePruneReport {
  for (const key of filters.keys()) if (!ACCEPTED.has(key)) throw invalidParameter(`failed to prune build cache: Invalid filter '${key}'`);
  return { CachesDeleted: [], SpaceReclaimed: 0 };
}
