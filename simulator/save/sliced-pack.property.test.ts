// Property: a node packed a piece at a time, in slices, and restored from its chunks is the same
// session, whatever it holds (random ctr steps and random files, large and small, binary and
// Unicode); and so is the next save, which stores only the slices and strings that changed.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { writeFile } from '../host/vfs';
import type { Node } from '../node';
import { type RestoredSession, resolveChunks } from '../shell/saved-session';
import { createSession } from '../shell/session';
import { CHUNK_MIN_CHARS, ChunkShelf, openChunk, type PackedTree, unpackTree } from './chunked-tree';
import { type Pace, Pacer, packSliced, sealPaced, SliceShelf } from './sliced-pack';

const NOW = Date.UTC(2026, 11, 4, 9, 0, 0);
const STEPS = [
  'ctr i pull docker.io/library/busybox:latest',
  'ctr c create docker.io/library/busybox:latest c1 sleep 1000',
  'ctr t start -d c1',
  'ctr -n dev snapshots prepare s1',
  'ctr i export /root/busybox.tar docker.io/library/busybox:latest',
  'for i in $(seq 300); do echo $i > /root/f$i; done',
];
const content = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'binary', minLength: CHUNK_MIN_CHARS, maxLength: CHUNK_MIN_CHARS + 50 }),
  fc.constant(`\u0000chunk:${'f'.repeat(64)}:j`),
);
const file = fc.record({ name: fc.constantFrom('a', 'b', 'c.bin'), content });

type Snapshotted = ReturnType<typeof createSession> & { snapshot(): RestoredSession; readonly node: Node };

const pace = (): Pacer => {
  let t = 0;
  const p: Pace = { now: () => (t += 2), pause: async () => undefined, unchanged: () => true };
  return new Pacer(p);
};

async function stored(packed: PackedTree, into: Map<string, string>): Promise<void> {
  for (const chunk of packed.fresh) into.set(chunk.hash, openChunk(await sealPaced(chunk, pace()), chunk));
}

describe('save → restore through slices', () => {
  it('is the identity on random nodes, for a first save and the next one', async () => {
    await fc.assert(
      fc.asyncProperty(fc.subarray(STEPS), fc.array(file, { maxLength: 4 }), fc.array(file, { maxLength: 2 }), async (steps, files, later) => {
        const session = createSession({ seed: 3, now: () => NOW }) as Snapshotted;
        for (const line of steps) await session.run(line);
        for (const f of files) writeFile(session.node.state.host.files, `/root/${f.name}`, f.content);
        const strings = new ChunkShelf();
        const slices = new SliceShelf();
        const chunks = new Map<string, string>();
        const first = await packSliced(session.node.state, strings, slices, pace());
        await stored(first, chunks);
        slices.commit();
        // 300 files make the host's files a slice of their own.
        if (steps.some((line) => line.startsWith('for'))) expect(first.text).toMatch(/chunk:[0-9a-f]{64}:j/);
        expect(unpackTree(first.text, chunks)).toEqual(JSON.parse(JSON.stringify(session.node.state)));
        for (const f of later) writeFile(session.node.state.host.files, `/root/${f.name}`, f.content);
        const next = await packSliced(session.node.state, strings, slices, pace());
        await stored(next, chunks);
        const saved = resolveChunks({ ...session.save(), node: next.text, chunks: next.refs }, chunks);
        const restored = createSession({ saved, rejectDamagedSave: true, now: () => NOW });
        expect(restored.save()).toEqual(session.save());
      }),
      { numRuns: 20 },
    );
  }, 120_000);
});
