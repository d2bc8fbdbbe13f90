// A node's save split in two: the small part (the tree's text with chunk markers, cwd,
// variables, history) goes where saves always went, localStorage; its large strings go to a
// chunk store as sealed bytes. Chunks are written before the save that names them is handed
// on, so a stored save never names a chunk that is not there yet. This is the worker's part;
// the page collects chunks no save names (chunk-collection.ts).

import { ChunkShelf, type FreshChunk, openChunk, parseMarker, sealChunk } from '../../../simulator/save/chunked-tree';
import { type ChunkedSave, isChunkedSave, makeChunkedSaved, resolveChunks, type RestoredSession } from '../../../simulator/shell/saved-session';
import type { SavedSession } from '../../../simulator/shell/session-types';
import type { ChunkStore, StoredChunk } from './chunk-store';

export { ChunkShelf, isChunkedSave, type ChunkedSave };

/** Seals and stores `fresh` in one transaction; rejects when the store refuses. */
export async function storeChunks(store: ChunkStore, fresh: readonly FreshChunk[], nowMs: number): Promise<void> {
  if (fresh.length === 0) return;
  const entries = fresh.map((chunk): [string, StoredChunk] => [chunk.hash, { data: sealChunk(chunk), writtenAtMs: nowMs }]);
  await store.putMany(entries);
}

/**
 * The chunked save of `snapshot`, its new chunks stored first. A store that refuses (quota,
 * disabled) rejects; the shelf then forgets those chunks so the next save tries them again.
 */
export async function writeChunkedSave(store: ChunkStore, shelf: ChunkShelf, snapshot: RestoredSession, nowMs: number): Promise<ChunkedSave> {
  const { saved, fresh } = makeChunkedSaved(snapshot, shelf);
  try {
    await storeChunks(store, fresh, nowMs);
  } catch (error) {
    for (const chunk of fresh) shelf.forget(chunk.hash);
    throw error;
  }
  return saved;
}

/** A chunk the store does not have, or holds damaged: the save cannot be restored. */
class MissingChunkError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MissingChunkError';
  }
}

/** `saved` with its chunks read back from the store (a save of the inline kind as it is). */
export async function loadChunkedSave(store: ChunkStore | undefined, saved: SavedSession): Promise<SavedSession> {
  if (!isChunkedSave(saved)) return saved;
  if (!store) throw new MissingChunkError('the save keeps its files in IndexedDB, which this browser does not offer the page');
  const hashes = saved.chunks;
  const found = await store.getMany(hashes);
  const text = typeof saved.node === 'string' ? saved.node : JSON.stringify(saved.node);
  const encodings = markerEncodings(text);
  const chunks = new Map<string, string>();
  hashes.forEach((hash, i) => {
    const stored = found[i];
    const encoding = encodings.get(hash);
    if (!stored || !encoding) throw new MissingChunkError(`chunk ${hash.slice(0, 12)} of the save is missing from this browser's storage`);
    chunks.set(hash, openChunk(stored.data, { hash, encoding }));
  });
  return resolveChunks(saved, chunks);
}

/** hash → encoding of every marker in a tree's text. */
function markerEncodings(text: string): Map<string, 'b' | 'w'> {
  const out = new Map<string, 'b' | 'w'>();
  for (const m of text.matchAll(/\\u0000chunk:[0-9a-f]{64}:[bw]/g)) {
    const ref = parseMarker(m[0].replace('\\u0000', '\u0000'));
    if (ref) out.set(ref.hash, ref.encoding);
  }
  return out;
}
