// The IndexedDB chunk store, on fake-indexeddb (the browser's own runs in the e2e tests).

import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { indexedDbChunkStore } from './indexeddb-chunk-store';

describe('the IndexedDB chunk store', () => {
  it('keeps bytes under their hash, reads many at once and deletes', async () => {
    const store = indexedDbChunkStore();
    if (!store) throw new Error('no IndexedDB');
    expect(indexedDbChunkStore()).toBe(store);
    await store.putMany([
      ['a', { data: new Uint8Array([1, 2, 255]), writtenAtMs: 5 }],
      ['b', { data: new Uint8Array([0]), writtenAtMs: 6 }],
    ]);
    const [a, missing, b] = await store.getMany(['a', 'x', 'b']);
    expect(a?.data).toEqual(new Uint8Array([1, 2, 255]));
    expect(a?.writtenAtMs).toBe(5);
    expect(missing).toBeUndefined();
    expect(b?.data).toEqual(new Uint8Array([0]));
    expect((await store.keys()).sort()).toEqual(['a', 'b']);
    await store.deleteMany(['a']);
    expect(await store.keys()).toEqual(['b']);
  });
});
