// Property: a node packed a piece at a time, in slices, and restored from its chunks is the same
// session, whatever it holds (random ctr steps and random files, large and small, binary and
// Unicode); and so is the next save, which stores only the slices and strings that changed.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { writeFile } from '../host/vfs';
import { resolveChunks } from '../shell/saved-session';
import { createSession } from '../shell/session';
import { ChunkShelf, openChunk, type PackedTree, unpackTree } from './chunked-tree';
import { SAVE_STEPS, savedFile, type Snapshotted } from './save-arbitraries';
import { type Pace, Pacer, packSliced, sealPaced, SliceShelf } from './sliced-pack';

const NOW = Date.UTC(2026, 11, 4, 9, 0, 0);

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
      fc.asyncProperty(fc.subarray(SAVE_STEPS), fc.array(savedFile, { maxLength: 4 }), fc.array(savedFile, { maxLength: 2 }), async (steps, files, later) => {
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
