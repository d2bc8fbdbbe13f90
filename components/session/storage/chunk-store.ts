// Where the chunks of a saved node live (simulator/save/chunked-tree.ts): sealed bytes under
// the sha256 of what they hold. In the browser that is IndexedDB (indexeddb-chunk-store.ts),
// which takes bytes as they are and far more than localStorage's 5 MB; in tests and where
// IndexedDB is refused, a Map (memory-chunk-store.ts) behind the same interface.

/** A stored chunk: its sealed bytes and when it was last written (for collecting unused ones). */
export interface StoredChunk {
  data: Uint8Array;
  writtenAtMs: number;
}

export interface ChunkStore {
  /** The chunks under `hashes`, in order; undefined where one is missing. */
  getMany(hashes: readonly string[]): Promise<Array<StoredChunk | undefined>>;
  /** Writes all of `entries` or none (one transaction); rejects when storage refuses. */
  putMany(entries: ReadonlyArray<readonly [string, StoredChunk]>): Promise<void>;
  /** Every key in the store. */
  keys(): Promise<string[]>;
  deleteMany(hashes: readonly string[]): Promise<void>;
}
