// Property: saving a node in chunks and restoring it gives the same session back, whatever the
// node holds: random ctr steps (images, containers, tasks, snapshots, an exported archive) and
// random files, large and small, binary and any Unicode text, written straight into the VFS.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ChunkShelf, loadChunkedSave, storeChunks } from '../../components/session/storage/chunked-saves';
import { memoryChunkStore } from '../../components/session/storage/memory-chunk-store';
import { writeFile } from '../../simulator/host/vfs';
import { makeChunkedSaved } from '../../simulator/shell/saved-session';
import { SAVE_STEPS, savedFile, type Snapshotted } from '../../simulator/save/save-arbitraries';
import { createSession } from '../../simulator/shell/session';
import { FIXED_NOW, runGuarded } from './session-harness';


describe('save → restore through chunks', () => {
  it('is the identity on random nodes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.subarray(SAVE_STEPS), fc.array(savedFile, { maxLength: 5 }), async (steps, files) => {
        const session = createSession({ seed: 3, now: () => FIXED_NOW }) as Snapshotted;
        for (const line of steps) await runGuarded(session, line);
        for (const f of files) writeFile(session.node.state.host.files, `/root/${f.name}`, f.content);
        const store = memoryChunkStore();
        const shelf = new ChunkShelf();
        // Twice, as after two lines: the second save names chunks the first one stored.
        makeChunkedSaved(session.snapshot(), shelf);
        const first = makeChunkedSaved(session.snapshot(), new ChunkShelf());
        await storeChunks(store, first.fresh, 0);
        const again = makeChunkedSaved(session.snapshot(), shelf);
        expect(again.saved).toEqual(first.saved);
        const restored = createSession({ saved: await loadChunkedSave(store, structuredClone(first.saved)), rejectDamagedSave: true, now: () => FIXED_NOW });
        expect(restored.save()).toEqual(session.save());
      }),
      { numRuns: 25 },
    );
  }, 120_000);
});
