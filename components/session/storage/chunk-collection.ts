// The page's part of chunked saves: finding the chunks no save names any more and deleting
// them after a grace time (another tab's newer save may be naming them). Nothing of the
// simulator is imported here, so the page's bundle stays without it.

import type { SavedSession } from '../../../simulator/shell/session-types';
import type { ChunkStore } from './chunk-store';

/** Unused chunks younger than this stay: a save being written in another tab may name them. */
const CHUNK_GRACE_MS = 10 * 60_000;

/** The chunks a save names (none for an inline save or none at all). */
export function chunksOf(saved: SavedSession | null | undefined): string[] {
  const chunks = (saved as { chunks?: unknown } | null | undefined)?.chunks;
  return Array.isArray(chunks) ? chunks.filter((c): c is string => typeof c === 'string') : [];
}

/** Deletes chunks no save in `live` names and none wrote within the grace time; returns how many. */
export async function collectChunks(store: ChunkStore, live: ReadonlySet<string>, nowMs: number, graceMs = CHUNK_GRACE_MS): Promise<number> {
  const unused = (await store.keys()).filter((hash) => !live.has(hash));
  if (unused.length === 0) return 0;
  const found = await store.getMany(unused);
  const old = unused.filter((_, i) => {
    const chunk = found[i];
    return !chunk || nowMs - chunk.writtenAtMs > graceMs;
  });
  if (old.length > 0) await store.deleteMany(old);
  return old.length;
}
