import { sha256 } from '@noble/hashes/sha2.js';
import { afterEach, describe, expect, it } from 'vitest';
import { nativeCodecs, registerNativeCodecs } from '../host/native-codecs';
import { CHUNK_MIN_CHARS, ChunkShelf, openChunk, packTree, type PackedTree, unpackTree } from './chunked-tree';
import { type Pace, Pacer, packSliced, SLICE_MIN_CHARS, SliceShelf, sealPaced } from './sliced-pack';

const binary = (n: number, seed = 1) => Array.from({ length: n }, (_, i) => String.fromCharCode((i * 31 + seed) & 0xff)).join('');

/** A tree like a node's: records in collections a few levels down, some files large. */
function nodeLike(records: number) {
  const containers: Record<string, unknown> = {};
  for (let i = 0; i < records; i++) containers[`c${i}`] = { id: `c${i}`, labels: { n: String(i) }, spec: 'x'.repeat(200), gone: undefined };
  return {
    version: 3,
    host: { files: { '/root/big': { content: binary(CHUNK_MIN_CHARS * 3) }, '/root/text': { content: '漢'.repeat(CHUNK_MIN_CHARS) } } },
    containerd: { namespaces: { default: { containers, list: [1, undefined, 'two', null] } } },
  };
}

/** A pace on a clock that moves 1 ms per look, counting its pauses. */
function fakePace(unchanged = () => true): Pace & { pauses: number } {
  let t = 0;
  const pace = {
    pauses: 0,
    now: () => t++,
    pause: async () => {
      pace.pauses += 1;
    },
    unchanged,
  };
  return pace;
}

async function chunkMap(packed: PackedTree): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const chunk of packed.fresh) out.set(chunk.hash, openChunk(await sealPaced(chunk, new Pacer(fakePace())), chunk));
  return out;
}

const natives = nativeCodecs();
afterEach(() => registerNativeCodecs(natives));

describe('sliced packing', () => {
  it("writes packTree's very text for a tree too small to slice, pausing between records", async () => {
    const tree = nodeLike(20);
    const pace = fakePace();
    const sliced = await packSliced(tree, new ChunkShelf(), new SliceShelf(), new Pacer(pace));
    const whole = packTree(tree, new ChunkShelf());
    expect(sliced.text).toBe(whole.text);
    expect(sliced.refs).toEqual(whole.refs);
    expect(pace.pauses).toBeGreaterThan(5);
  });

  it('keeps a large subtree as a slice, leaves a small root and gives the same tree back', async () => {
    const tree = nodeLike(400);
    const packed = await packSliced(tree, new ChunkShelf(), new SliceShelf(), new Pacer(fakePace()));
    expect(packed.text.length).toBeLessThan(SLICE_MIN_CHARS);
    expect(packed.text).toMatch(/chunk:[0-9a-f]{64}:j/);
    expect(unpackTree(packed.text, await chunkMap(packed))).toEqual(JSON.parse(JSON.stringify(tree)));
  });

  it('stores a slice again only when its text changed', async () => {
    const tree = nodeLike(400);
    const strings = new ChunkShelf();
    const slices = new SliceShelf();
    const first = await packSliced(tree, strings, slices, new Pacer(fakePace()));
    slices.commit();
    expect(first.fresh.filter((c) => c.encoding === 'j').length).toBeGreaterThan(0);
    const same = await packSliced(tree, strings, slices, new Pacer(fakePace()));
    slices.commit();
    expect(same.fresh).toEqual([]);
    expect(same.refs).toEqual(first.refs);
    (tree.containerd.namespaces.default.containers['c7'] as { id: string }).id = 'changed';
    const changed = await packSliced(tree, strings, slices, new Pacer(fakePace()));
    expect(changed.fresh.map((c) => c.encoding)).toEqual(['j']);
    expect(unpackTree(changed.text, new Map([...(await chunkMap(first)), ...(await chunkMap(changed))]))).toEqual(JSON.parse(JSON.stringify(tree)));
  });

  it('keeps the members of a wide collection in groups, and stores again only the group that changed', async () => {
    const records: Record<string, { id: string; spec: string }> = {};
    for (let i = 0; i < 400; i++) records[`r${i}`] = { id: `r${i}`, spec: 'y'.repeat(1000) };
    const tree = { containerd: { namespaces: { default: { records } } } };
    const strings = new ChunkShelf();
    const slices = new SliceShelf();
    const first = await packSliced(tree, strings, slices, new Pacer(fakePace()));
    slices.commit();
    expect(first.fresh.filter((c) => c.encoding === 'k').length).toBeGreaterThan(2);
    (records['r123'] as { id: string }).id = 'changed';
    records['r400'] = { id: 'new', spec: 'z' };
    const next = await packSliced(tree, strings, slices, new Pacer(fakePace()));
    expect(next.fresh.filter((c) => c.encoding === 'k').length).toBeLessThanOrEqual(2);
    const all = new Map([...(await chunkMap(first)), ...(await chunkMap(next))]);
    expect(unpackTree(next.text, all)).toEqual(JSON.parse(JSON.stringify(tree)));
  });

  it('does not group an object with a key that looks like a marker', async () => {
    const records: Record<string, string> = {};
    for (let i = 0; i < 100; i++) records[`k${i}`] = 'v'.repeat(1000);
    records[`\u0000chunk:${'a'.repeat(64)}:k`] = 'forged';
    const tree = { a: { b: records } };
    const packed = await packSliced(tree, new ChunkShelf(), new SliceShelf(), new Pacer(fakePace()));
    expect(packed.fresh.some((c) => c.encoding === 'k')).toBe(false);
    expect(unpackTree(packed.text, await chunkMap(packed))).toEqual(tree);
  });

  it('is abandoned when the tree may have changed, and hashes its strings again next time', async () => {
    let calls = 0;
    const strings = new ChunkShelf();
    const abandoned = packSliced(nodeLike(50), strings, new SliceShelf(), new Pacer(fakePace(() => ++calls < 3)));
    await expect(abandoned).rejects.toMatchObject({ name: 'PackAbandonedError' });
    const next = await packSliced(nodeLike(50), strings, new SliceShelf(), new Pacer(fakePace()));
    expect(next.fresh.map((c) => c.encoding).sort()).toEqual(['b', 'w']);
  });

  it('names chunks by the same sha256 with a synchronous, an asynchronous or no native hash', async () => {
    const refsWith = async () => (await packSliced(nodeLike(400), new ChunkShelf(), new SliceShelf(), new Pacer(fakePace()))).refs;
    registerNativeCodecs(undefined);
    const pure = await refsWith();
    let asked = 0;
    registerNativeCodecs({ name: 'async', sha256Async: async (bytes) => (asked++, sha256(bytes)) });
    expect(await refsWith()).toEqual(pure);
    expect(asked).toBeGreaterThan(0);
    registerNativeCodecs({ name: 'sync', sha256: (bytes) => sha256(bytes) });
    expect(await refsWith()).toEqual(pure);
  });
});
