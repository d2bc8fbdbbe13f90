// A node's save split in two: the small part (the tree's text with chunk markers, cwd,
// variables, history) goes where saves always went, localStorage; its large strings go to a
// chunk store as sealed bytes. Chunks are written before the save that names them is handed
// on, so a stored save never names a chunk that is not there yet. This is the worker's part;
// the page collects chunks no save names (chunk-collection.ts).
//
// The worker's saves are sliced (simulator/save/sliced-pack.ts): made a piece at a time between
// the messages it receives, the tree's large subtrees kept as chunks too, so localStorage holds
// only the root. `chunks` names every chunk, slices and the chunks inside them alike.

import { ChunkShelf, type ChunkEncoding, type FreshChunk, openChunk, parseMarker, sealChunk } from '../../../simulator/save/chunked-tree';
import { packSliced, type Pace, Pacer, sealPaced, SliceShelf } from '../../../simulator/save/sliced-pack';
import type { NodeState } from '../../../simulator/node';
import { type ChunkedSave, isChunkedSave, makeChunkedSaved, resolveChunks, type RestoredSession } from '../../../simulator/shell/saved-session';
import type { SavedSession } from '../../../simulator/shell/session-types';
import type { ChunkStore, StoredChunk } from './chunk-store';

export { ChunkShelf, isChunkedSave, SliceShelf, type ChunkedSave, type Pace };

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

/** One node's memory of what its last saves stored. */
export interface SaveShelves {
  strings: ChunkShelf;
  slices: SliceShelf;
}

/** Seals (a piece at a time) and stores `fresh` in one transaction; rejects when the store refuses. */
async function storeChunksPaced(store: ChunkStore, fresh: readonly FreshChunk[], nowMs: number, pacer: Pacer): Promise<void> {
  if (fresh.length === 0) return;
  const entries: Array<[string, StoredChunk]> = [];
  for (const chunk of fresh) entries.push([chunk.hash, { data: await sealPaced(chunk, pacer), writtenAtMs: nowMs }]);
  await store.putMany(entries);
}

/**
 * The sliced save of `snapshot`, made a piece at a time (`pace`), its new chunks stored first.
 * Rejects with PackAbandonedError when the node changed meanwhile, and as writeChunkedSave when
 * the store refuses.
 */
export async function writeSlicedSave(store: ChunkStore, shelves: SaveShelves, snapshot: RestoredSession, nowMs: number, pace: Pace): Promise<ChunkedSave> {
  // The wrapper (variables checked, history cut) as makeChunkedSaved makes it, taken at once:
  // the shell's variables and history are live too.
  const { saved: wrapper } = makeChunkedSaved({ ...snapshot, node: null as unknown as NodeState }, new ChunkShelf());
  const packed = await packSliced(snapshot.node, shelves.strings, shelves.slices, new Pacer(pace));
  try {
    // Sealing reads only the chunks' texts: a line may run meanwhile.
    await storeChunksPaced(store, packed.fresh, nowMs, new Pacer({ ...pace, unchanged: () => true }));
  } catch (error) {
    for (const chunk of packed.fresh) shelves.strings.forget(chunk.hash);
    throw error;
  }
  shelves.slices.commit();
  return { ...wrapper, node: packed.text, chunks: packed.refs };
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
  const stored = new Map(hashes.map((hash, i) => [hash, found[i]]));
  const text = typeof saved.node === 'string' ? saved.node : JSON.stringify(saved.node);
  // A slice's text names further chunks: open the root's, then those the slices name, and on.
  const encodings = new Map<string, ChunkEncoding>();
  let named = markerEncodings(text, encodings);
  const chunks = new Map<string, string>();
  while (named.length > 0) {
    const next: string[] = [];
    for (const hash of named) {
      const data = stored.get(hash)?.data;
      const encoding = encodings.get(hash);
      if (!data || !encoding) throw new MissingChunkError(`chunk ${hash.slice(0, 12)} of the save is missing from this browser's storage`);
      const opened = openChunk(data, { hash, encoding });
      chunks.set(hash, opened);
      if (encoding === 'j' || encoding === 'k') next.push(...markerEncodings(opened, encodings));
    }
    named = next;
  }
  const missing = hashes.find((hash) => !chunks.has(hash));
  if (missing !== undefined) throw new MissingChunkError(`chunk ${missing.slice(0, 12)} of the save is missing from this browser's storage`);
  return resolveChunks(saved, chunks);
}

/** Adds hash → encoding of every marker in a tree's text to `into`; returns the hashes it had not. */
function markerEncodings(text: string, into: Map<string, ChunkEncoding>): string[] {
  const added: string[] = [];
  for (const m of text.matchAll(/\\u0000chunk:[0-9a-f]{64}:[bwjk]/g)) {
    const ref = parseMarker(m[0].replace('\\u0000', '\u0000'));
    if (ref && !into.has(ref.hash)) {
      into.set(ref.hash, ref.encoding);
      added.push(ref.hash);
    }
  }
  return added;
}
