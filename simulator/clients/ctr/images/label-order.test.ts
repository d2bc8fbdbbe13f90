import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../../index';
import { contentLabelOrder, goMapOrder } from './label-order';

const LABELS = { 'containerd.io/gc.ref.content.config': 'c', 'containerd.io/gc.ref.content.l.0': 'a', 'containerd.io/gc.ref.content.l.1': 'b' };
const keysOf = (pairs: string[]) => pairs.map((p) => p.slice('containerd.io/gc.ref.content.'.length, p.indexOf('='))).join(',');

describe('contentLabelOrder (a blob\'s labels after the content service\'s round trip)', () => {
  it('is always the reversed key order rotated, never a rotation of the sorted one', () => {
    const node = createSimulator({ seed: 11 });
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) seen.add(keysOf(contentLabelOrder(node, LABELS)));
    // The real node's and the transcripts' orders: l.1,l.0,config / l.0,config,l.1 / config,l.1,l.0.
    expect([...seen].sort()).toEqual(['config,l.1,l.0', 'l.0,config,l.1', 'l.1,l.0,config']);
  });

  it('puts two labels in reversed order seven times in eight or more (ctr content ls: l.0,config)', () => {
    const node = createSimulator({ seed: 5 });
    const two = { 'containerd.io/gc.ref.content.config': 'c', 'containerd.io/gc.ref.content.l.0': 'a' };
    let reversed = 0;
    for (let i = 0; i < 640; i++) if (keysOf(contentLabelOrder(node, two)) === 'l.0,config') reversed++;
    expect(reversed).toBeGreaterThan(500);
  });

  it('leaves one label, and more than a bucket holds, in key order', () => {
    const node = createSimulator({ seed: 1 });
    expect(contentLabelOrder(node, { b: '1' })).toEqual(['b=1']);
    const many = Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`k${i}`, '']));
    expect(contentLabelOrder(node, many)).toEqual(Object.keys(many).map((k) => `${k}=`));
  });
});

describe('goMapOrder (an image\'s labels)', () => {
  it('is the key order rotated, sorted most of the time (the transcript: a=1,app=demo,b=2)', () => {
    const node = createSimulator({ seed: 3 });
    const seen = new Map<string, number>();
    for (let i = 0; i < 200; i++) {
      const order = goMapOrder(node, { a: '1', app: 'demo', b: '2' }).join(',');
      seen.set(order, (seen.get(order) ?? 0) + 1);
    }
    expect([...seen.keys()].sort()).toEqual(['a=1,app=demo,b=2', 'app=demo,b=2,a=1', 'b=2,a=1,app=demo']);
    expect(seen.get('a=1,app=demo,b=2')).toBeGreaterThan(100);
  });
});
