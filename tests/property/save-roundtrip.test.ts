// Property: saving a node in chunks and restoring it gives the same session back, whatever the
// node holds: random ctr steps (images, containers, tasks, snapshots, an exported archive) and
// random files, large and small, binary and any Unicode text, written straight into the VFS.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ChunkShelf, loadChunkedSave, storeChunks } from '../../components/session/storage/chunked-saves';
import { memoryChunkStore } from '../../components/session/storage/memory-chunk-store';
import { writeFile } from '../../simulator/host/vfs';
import type { Node } from '../../simulator/node';
import { makeChunkedSaved, type RestoredSession } from '../../simulator/shell/saved-session';
import { CHUNK_MIN_CHARS } from '../../simulator/save/chunked-tree';
import { createSession } from '../../simulator/shell/session';
import { FIXED_NOW, runGuarded } from './session-harness';

const STEPS = [
  'ctr i pull docker.io/library/busybox:latest',
  'ctr c create docker.io/library/busybox:latest c1 sleep 1000',
  'ctr t start -d c1',
  'ctr t kill -s SIGKILL c1',
  'ctr -n dev snapshots prepare s1',
  'ctr leases create l1',
  'ctr i export /root/busybox.tar docker.io/library/busybox:latest',
  'ctr i rm docker.io/library/busybox:latest',
  'cd /tmp; X=1; export Y=2',
];

/** A file's content: short or past the chunk size, one byte per char or any UTF-16. */
const content = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: fc.integer({ min: 0, max: 255 }).map((c) => String.fromCharCode(c)), minLength: CHUNK_MIN_CHARS, maxLength: CHUNK_MIN_CHARS + 200 }),
  fc.string({ unit: 'binary', minLength: CHUNK_MIN_CHARS, maxLength: CHUNK_MIN_CHARS + 50 }),
  fc.constant(`\u0000chunk:${'f'.repeat(64)}:b`),
);
const file = fc.record({ name: fc.constantFrom('a', 'b', 'c.bin', 'd.txt'), content });

type Snapshotted = ReturnType<typeof createSession> & { snapshot(): RestoredSession; readonly node: Node };

describe('save → restore through chunks', () => {
  it('is the identity on random nodes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.subarray(STEPS), fc.array(file, { maxLength: 5 }), async (steps, files) => {
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
