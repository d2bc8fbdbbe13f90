// The node's overlay mount: a read-through view of its dirs (upper first, then lowers top
// first), writes into the upper dir, whiteouts for deleted lower paths, nothing copied.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSession } from '../index';
import { mountOverlay, overlayAt, overlayFiles, overlayRemove, overlayWrite, unmountOverlay } from './overlay';
import { mergedByHand, seen } from './overlay-test-support';
import { mkdir, writeFile } from './vfs';

function nodeWithLayers() {
  const node = createSession({ seed: 1, now: () => Date.UTC(2026, 11, 5) }).node;
  const files = node.state.host.files;
  const at = { parents: true, mtimeMs: 0 };
  mkdir(files, '/ov/low1/etc', at);
  writeFile(files, '/ov/low1/etc/os-release', 'base\n', at);
  writeFile(files, '/ov/low1/etc/motd', 'hello\n', at);
  mkdir(files, '/ov/low2/etc', at);
  writeFile(files, '/ov/low2/etc/os-release', 'top\n', at);
  mountOverlay(node, '/ov/merged', { lowerdirs: ['/ov/low2', '/ov/low1'], upperdir: '/ov/upper', workdir: '/ov/work' }, { namespace: 'moby', snapshotter: 'overlay2' });
  return node;
}

describe('host overlay', () => {
  it('shows the top lower dir’s file over the one below, and copies nothing into the target', () => {
    const node = nodeWithLayers();
    const view = overlayFiles(node, '/ov/merged');
    expect(view?.get('/etc/os-release')?.content).toBe('top\n');
    expect(view?.get('/etc/motd')?.content).toBe('hello\n');
    expect(Object.keys(node.state.host.files).filter((p) => p.startsWith('/ov/merged/'))).toEqual([]);
  });

  it('writes into the upper dir and deletes a lower file with a whiteout', () => {
    const node = nodeWithLayers();
    expect(overlayWrite(node, '/ov/merged', '/etc/new', { kind: 'file', content: 'x', mode: 0o644 })).toBe(true);
    expect(overlayRemove(node, '/ov/merged', '/etc/motd')).toBe(true);
    expect(node.state.host.files['/ov/upper/etc/new']?.kind).toBe('file');
    expect(node.state.host.files['/ov/upper/etc/.wh.motd']?.kind).toBe('file');
    const view = overlayFiles(node, '/ov/merged');
    expect(view?.get('/etc/new')?.content).toBe('x');
    expect(view?.has('/etc/motd')).toBe(false);
    expect(view?.has('/etc/.wh.motd')).toBe(false);
    // Writing it again takes the whiteout away.
    overlayWrite(node, '/ov/merged', '/etc/motd', { kind: 'file', content: 'again', mode: 0o644 });
    expect(overlayFiles(node, '/ov/merged')?.get('/etc/motd')?.content).toBe('again');
  });

  it('unmount leaves the dirs and removes the empty mount point', () => {
    const node = nodeWithLayers();
    unmountOverlay(node, '/ov/merged');
    expect(overlayAt(node, '/ov/merged')).toBeUndefined();
    expect(overlayFiles(node, '/ov/merged')).toBeUndefined();
    expect(node.state.host.files['/ov/merged']).toBeUndefined();
    expect(node.state.host.files['/ov/low1/etc/motd']?.kind).toBe('file');
  });

  it('reads every dir as its own listing would, nested dirs and dirs of several lengths included (property)', () => {
    const dirs = ['/ov/a', '/ov/a/b', '/ov/longer-dir', '/ov/c'];
    const name = fc.constantFrom('x', 'y', '.wh.x', 'b', 'sub/x', 'sub/.wh.y');
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...dirs), name, fc.string({ maxLength: 3 })), { maxLength: 12 }), fc.shuffledSubarray(dirs, { minLength: 1 }), (placed, order) => {
        const node = createSession({ seed: 1, now: () => 0 }).node;
        const files = node.state.host.files;
        for (const d of dirs) mkdir(files, d, { parents: true, mtimeMs: 0 });
        for (const [dir, file, text] of placed) {
          const path = `${dir}/${file}`;
          mkdir(files, path.slice(0, path.lastIndexOf('/')), { parents: true, mtimeMs: 0 });
          if (files[path]?.kind !== 'dir') writeFile(files, path, text, { mtimeMs: 0 });
        }
        const [upper, ...lowers] = order as [string, ...string[]];
        mountOverlay(node, '/ov/merged', { lowerdirs: lowers, upperdir: upper, workdir: '/ov/work' }, { namespace: 'moby', snapshotter: 'overlay2' });
        const got = overlayFiles(node, '/ov/merged');
        expect(new Map([...(got ?? [])].map(([k, f]) => [k, seen(f)]))).toEqual(mergedByHand(files, lowers, upper));
      }),
      { numRuns: 150 },
    );
  });
});
