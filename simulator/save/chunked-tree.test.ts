import { describe, expect, it } from 'vitest';
import { CHUNK_MIN_CHARS, ChunkShelf, hasMarker, openChunk, packTree, parseMarker, sealChunk, unpackTree } from './chunked-tree';

const binary = (n: number, seed = 1) => Array.from({ length: n }, (_, i) => String.fromCharCode((i * 31 + seed) & 0xff)).join('');

function storeOf(fresh: ReturnType<typeof packTree>['fresh']): Map<string, string> {
  return new Map(fresh.map((c) => [c.hash, openChunk(sealChunk(c), c)]));
}

describe('chunked trees', () => {
  it('save large strings as chunks and give the same tree back', () => {
    const tree = { files: { '/a': { content: binary(10_000) }, '/b': { content: 'short' } }, text: '漢'.repeat(CHUNK_MIN_CHARS) };
    const packed = packTree(tree, new ChunkShelf());
    expect(packed.text.length).toBeLessThan(500);
    expect(packed.refs).toHaveLength(2);
    expect(hasMarker(packed.text)).toBe(true);
    expect(unpackTree(packed.text, storeOf(packed.fresh))).toEqual(tree);
  });

  it('store identical content once, and hash a string only the first time a shelf sees it', () => {
    const shelf = new ChunkShelf();
    const big = binary(CHUNK_MIN_CHARS);
    const first = packTree({ a: big, b: big }, shelf);
    expect(first.refs).toHaveLength(1);
    expect(first.fresh).toHaveLength(1);
    const second = packTree({ a: big, c: 'x' }, shelf);
    expect(second.refs).toEqual(first.refs);
    expect(second.fresh).toHaveLength(0);
  });

  it('make a string that looks like a marker a chunk too, so a saved marker is always ours', () => {
    const forged = `\u0000chunk:${'0'.repeat(64)}:b`;
    const packed = packTree({ content: forged }, new ChunkShelf());
    expect(packed.fresh.map((c) => c.text)).toEqual([forged]);
    expect(unpackTree(packed.text, storeOf(packed.fresh))).toEqual({ content: forged });
  });

  it('refuse a save whose chunk is missing or holds other bytes', () => {
    const packed = packTree({ a: binary(CHUNK_MIN_CHARS) }, new ChunkShelf());
    expect(() => unpackTree(packed.text, new Map())).toThrow(/missing/);
    const [chunk] = packed.fresh;
    if (!chunk) throw new Error('no chunk');
    const other = sealChunk({ ...chunk, text: binary(CHUNK_MIN_CHARS, 2) });
    expect(() => openChunk(other, chunk)).toThrow(/does not hold/);
  });

  it('read only well-formed markers', () => {
    expect(parseMarker(`\u0000chunk:${'a'.repeat(64)}:w`)).toEqual({ hash: 'a'.repeat(64), encoding: 'w' });
    expect(parseMarker(`\u0000chunk:${'a'.repeat(63)}:w`)).toBeUndefined();
    expect(parseMarker('plain')).toBeUndefined();
  });
});

describe('markers inside other strings', () => {
  it('are left alone: only a whole string is a marker', () => {
    const lookalike = `a"\u0000chunk:${'1'.repeat(64)}:b`;
    const tree = { short: lookalike, also: `\\"\u0000chunk:${'2'.repeat(64)}:w` };
    const packed = packTree(tree, new ChunkShelf());
    expect(unpackTree(packed.text, new Map())).toEqual(tree);
  });
});
