import { describe, expect, it } from 'vitest';
import { MAX_ROUNDS_PER_READ, OutputCursor } from './output-timeline';
import type { OutputChunk } from './program';

const out = (text: string, atMs?: number): OutputChunk => ({ stream: 'stdout', text, atMs });
const texts = (chunks: OutputChunk[]) => chunks.map((c) => c.text).join('');

describe('OutputCursor', () => {
  it('hands out each chunk once, when its moment has come', () => {
    const cursor = new OutputCursor([out('a'), out('b', 1000), out('c', 2500)], undefined, 10_000);
    expect(texts(cursor.read(10_000))).toBe('a');
    expect(cursor.nextAtMs()).toBe(11_000);
    expect(texts(cursor.read(12_000))).toBe('b');
    expect(texts(cursor.read(12_000))).toBe('');
    expect(texts(cursor.read(20_000))).toBe('c');
    expect(cursor.nextAtMs()).toBeUndefined();
  });

  it('repeats a round for ever after the written part', () => {
    const cursor = new OutputCursor([out('x')], { fromMs: 1000, everyMs: 1000, round: [out('hi', 0), out('!', 500)] }, 0);
    expect(texts(cursor.read(3600))).toBe('xhi!hi!hi!');
    expect(cursor.nextAtMs()).toBe(4000);
  });

  it('gives a loop with no time between rounds in bounded batches', () => {
    const cursor = new OutputCursor([], { fromMs: 0, everyMs: 0, round: [out('y')] }, 0);
    expect(cursor.read(0)).toHaveLength(MAX_ROUNDS_PER_READ);
    expect(cursor.read(0)).toHaveLength(MAX_ROUNDS_PER_READ);
  });

  it('lets a late reader skip what was written before it came', () => {
    const cursor = new OutputCursor([out('old')], { fromMs: 1000, everyMs: 1000, round: [out('a', 0), out('b', 400)] }, 0);
    cursor.skipTo(1_000_300);
    expect(texts(cursor.read(1_001_000))).toBe('ba');
  });
});
