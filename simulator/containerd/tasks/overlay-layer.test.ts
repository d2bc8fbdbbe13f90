// The read-through overlay root must answer as the merged tree worked out by hand does
// (host/overlay-test-support.ts), path for path and directory for directory, whatever the
// layers hold: files, directories and whiteouts over each other in any order.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSession } from '../../index';
import { mountOverlay, overlayWrite } from '../../host/overlay';
import { mergedByHand, seen } from '../../host/overlay-test-support';
import { isVfsError, mkdir, rm, writeFile } from '../../host/vfs';
import { overlayLayer } from './overlay-layer';

const DIRS = ['/ov/l2', '/ov/l1', '/ov/l0'];
const UPPER = '/ov/up';
const PATHS = ['/a', '/a/b', '/a/b/c', '/a/d', '/e', '/e/f', '/a/b/g', '/x'];
const SOURCE = { namespace: 'moby', snapshotter: 'overlay2' };

function childrenInMap(map: ReadonlyMap<string, unknown>, dir: string): string[] {
  const prefix = dir === '/' ? '/' : `${dir}/`;
  return [...map.keys()].filter((p) => p !== '/' && p.startsWith(prefix) && !p.slice(prefix.length).includes('/')).map((p) => p.slice(prefix.length));
}

/** One thing a layer dir holds: a file, a directory, or a whiteout of a path. */
const entry = fc.record({
  layer: fc.constantFrom(UPPER, ...DIRS),
  path: fc.constantFrom(...PATHS),
  kind: fc.constantFrom('file' as const, 'dir' as const, 'whiteout' as const),
  text: fc.constantFrom('1', '2', '3'),
});

describe('overlayLayer', () => {
  it('answers every lookup and listing as the merged tree worked out by hand', () => {
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 14 }), (entries) => {
        const node = createSession({ seed: 1, now: () => Date.UTC(2026, 11, 5) }).node;
        const files = node.state.host.files;
        const at = { parents: true, mtimeMs: 1000 };
        for (const e of entries) {
          const host = `${e.layer}${e.path}`;
          const cut = host.lastIndexOf('/');
          try {
            rm(files, host, { recursive: true, force: true });
            if (e.kind === 'dir') mkdir(files, host, at);
            else if (e.kind === 'file') writeFile(files, host, e.text, at);
            else writeFile(files, `${host.slice(0, cut)}/.wh.${host.slice(cut + 1)}`, '', { ...at, mode: 0 });
          } catch (err) {
            // A file where a parent directory should be: the layer keeps what it had.
            if (!isVfsError(err)) throw err;
          }
        }
        mountOverlay(node, '/ov/merged', { lowerdirs: DIRS, upperdir: UPPER, workdir: '/ov/work' }, SOURCE);
        const merged = mergedByHand(files, DIRS, UPPER);
        const layer = overlayLayer(node, '/ov/merged');
        expect(layer).toBeDefined();
        if (!layer) return;
        for (const p of ['/', ...PATHS]) {
          const got = layer.get(p);
          expect(got && seen(got)).toEqual(merged.get(p));
          expect([...layer.childNames(p)].sort()).toEqual(childrenInMap(merged, p).sort());
        }
        expect([...layer.keys()].sort()).toEqual([...merged.keys()].sort());
      }),
    );
  });

  it('is undefined where no overlay is mounted', () => {
    const node = createSession({ seed: 1, now: () => Date.UTC(2026, 11, 5) }).node;
    expect(overlayLayer(node, '/nothing/merged')).toBeUndefined();
  });

  it('reads a layer when first asked, so a write made before that is seen', () => {
    const node = createSession({ seed: 1, now: () => Date.UTC(2026, 11, 5) }).node;
    mkdir(node.state.host.files, '/ov/l0/etc', { parents: true });
    mountOverlay(node, '/ov/merged', { lowerdirs: ['/ov/l0'], upperdir: UPPER, workdir: '/ov/work' }, SOURCE);
    const layer = overlayLayer(node, '/ov/merged');
    overlayWrite(node, '/ov/merged', '/etc/hosts', { kind: 'file', mode: 0o644, content: 'x\n' });
    expect(layer?.get('/etc/hosts')?.content).toBe('x\n');
    expect(layer?.childNames('/etc')).toEqual(['hosts']);
  });
});
