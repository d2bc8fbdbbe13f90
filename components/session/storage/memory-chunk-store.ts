// The chunk store as a Map: for tests, and for a page whose browser refuses IndexedDB (its
// saves then keep their chunks only while the page is open; session-store says so).

import type { ChunkStore, StoredChunk } from './chunk-store';

export function memoryChunkStore(): ChunkStore & { readonly size: number } {
  const chunks = new Map<string, StoredChunk>();
  return {
    get size() {
      return chunks.size;
    },
    getMany: async (hashes) => hashes.map((h) => chunks.get(h)),
    putMany: async (entries) => {
      for (const [hash, chunk] of entries) chunks.set(hash, chunk);
    },
    keys: async () => [...chunks.keys()],
    deleteMany: async (hashes) => {
      for (const hash of hashes) chunks.delete(hash);
    },
  };
}
