import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LayeredFiles } from './layered-files';

/** What a plain map gives after the same operations (the model the view must equal). */
function applyToMap(map: Map<string, number>, op: { kind: 'set' | 'delete'; path: string; value: number }): void {
  if (op.kind === 'set') {
    map.delete(op.path);
    map.set(op.path, op.value);
  } else {
    const prefix = op.path === '/' ? '/' : `${op.path}/`;
    for (const p of [...map.keys()]) if (p === op.path || p.startsWith(prefix)) map.delete(p);
  }
}

function childrenInMap(map: Map<string, number>, dir: string): string[] {
  const prefix = dir === '/' ? '/' : `${dir}/`;
  return [...map.keys()].filter((p) => p !== '/' && p.startsWith(prefix) && !p.slice(prefix.length).includes('/')).map((p) => p.slice(prefix.length));
}

const path = fc.constantFrom('/', '/a', '/a/b', '/a/b/c', '/a/d', '/e', '/e/f', '/a/b/g');
const op = fc.record({ kind: fc.constantFrom('set' as const, 'delete' as const), path, value: fc.integer({ min: 0, max: 9 }) });

describe('LayeredFiles', () => {
  it('answers as a copied map with the same writes and deletions would, leaving the base untouched', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(path, fc.integer({ min: 0, max: 9 }))), fc.array(op, { maxLength: 12 }), (baseEntries, ops) => {
        const base = new Map<string, number>(baseEntries);
        const before = [...base];
        const model = new Map(base);
        const view = new LayeredFiles(base);
        for (const o of ops) {
          applyToMap(model, o);
          if (o.kind === 'set') view.set(o.path, o.value);
          else view.delete(o.path);
        }
        for (const p of ['/', '/a', '/a/b', '/a/b/c', '/a/d', '/e', '/e/f', '/a/b/g', '/x']) {
          expect(view.get(p)).toBe(model.get(p));
          expect(view.children(p).sort()).toEqual(childrenInMap(model, p).sort());
        }
        expect([...view.keys()].sort()).toEqual([...model.keys()].sort());
        expect([...base]).toEqual(before);
      }),
    );
  });

  it('hides the base below a directory deleted and written again (an opaque directory)', () => {
    const view = new LayeredFiles(new Map([['/etc', 1], ['/etc/hosts', 2]]));
    view.delete('/etc');
    view.set('/etc', 3);
    expect(view.get('/etc/hosts')).toBeUndefined();
    expect(view.children('/etc')).toEqual([]);
  });
});
