// The chunk store in IndexedDB (through idb-keyval): one database, one object store, the
// chunk's sha256 as key. The page and the node's worker open the same one.

import { createStore, delMany, getMany, keys, setMany, type UseStore } from 'idb-keyval';
import type { ChunkStore, StoredChunk } from './chunk-store';

const CHUNK_DATABASE = 'ctrlab-saves';
const CHUNK_OBJECT_STORE = 'chunks';

let opened: ChunkStore | undefined;

/** The chunk store of this origin (one per thread), or undefined where IndexedDB does not exist (Node, old browsers). */
export function indexedDbChunkStore(): ChunkStore | undefined {
  opened ??= openChunkStore();
  return opened;
}

function openChunkStore(): ChunkStore | undefined {
  let store: UseStore;
  try {
    if (typeof indexedDB === 'undefined') return undefined;
    store = createStore(CHUNK_DATABASE, CHUNK_OBJECT_STORE);
  } catch {
    return undefined; // some privacy modes throw on access
  }
  return {
    getMany: (hashes) => getMany<StoredChunk>([...hashes], store),
    putMany: (entries) => setMany(entries.map(([hash, chunk]) => [hash, chunk]), store),
    keys: () => keys<string>(store),
    deleteMany: (hashes) => delMany([...hashes], store),
  };
}
