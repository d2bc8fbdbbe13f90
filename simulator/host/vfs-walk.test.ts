// walkPath looks paths up as prefixes of the normal path until it meets a symlink, then walks
// part by part. A reference walker (always part by part, following links) must agree with it
// on every outcome the public calls expose: the physical path or the error code.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as vfs from './vfs';
import type { Files } from './vfs';

/** Part-by-part resolution of `path` (links followed in every part, the last when `followLast`). */
function referenceWalk(files: Files, path: string, followLast: boolean, allowMissing: boolean): string {
  let pending = vfs.normalizePath(path).split('/').filter(Boolean).reverse();
  let current = '';
  let hops = 0;
  while (pending.length > 0) {
    const name = pending.pop() as string;
    const next = `${current}/${name}`;
    const entry = files[next] ?? (next === '/dev' ? { kind: 'dir' as const, mode: 0o755, mtimeMs: 0 } : undefined);
    const isLast = pending.length === 0;
    if (entry?.kind === 'symlink' && (!isLast || followLast)) {
      if (++hops > 40) return 'ELOOP';
      const target = entry.content ?? '';
      pending = [...pending, ...vfs.normalizePath(target, target.startsWith('/') ? '/' : current || '/').split('/').filter(Boolean).reverse()];
      current = '';
      continue;
    }
    if (!isLast) {
      if (!entry && allowMissing) return [next, ...pending.reverse()].join('/');
      if (!entry) return 'ENOENT';
      if (entry.kind !== 'dir') return 'ENOTDIR';
    }
    current = next;
  }
  return current || '/';
}

const NAMES = ['a', 'b', 'c', '..', '.'];
const pathArb = fc.tuple(fc.boolean(), fc.array(fc.constantFrom(...NAMES), { minLength: 0, maxLength: 5 })).map(([abs, parts]) => (abs ? '/' : '') + parts.join('/'));

function build(entries: Array<{ kind: 'dir' | 'file' | 'link'; path: string; target: string }>): Files {
  const files: Files = {};
  for (const e of entries) {
    const path = vfs.normalizePath(e.path, '/');
    if (path === '/' || files[path]) continue;
    try {
      if (e.kind === 'dir') vfs.mkdir(files, path, { parents: true });
      else if (e.kind === 'file') vfs.writeFile(files, path, 'x', { parents: true });
      else vfs.symlink(files, e.target, path, { parents: true });
    } catch {
      // A parent that is a file or a dangling link: that entry is left out.
    }
  }
  return files;
}

describe('vfs path walk', () => {
  it('agrees with a part-by-part walk on every tree of dirs, files and links', () => {
    const entryArb = fc.record({ kind: fc.constantFrom('dir' as const, 'file' as const, 'link' as const), path: pathArb, target: pathArb });
    fc.assert(
      fc.property(fc.array(entryArb, { maxLength: 12 }), pathArb, (entries, probe) => {
        const files = build(entries);
        const path = vfs.normalizePath(probe, '/');
        const outcome = (run: () => string) => {
          try {
            return run();
          } catch (err) {
            if (vfs.isVfsError(err)) return err.code;
            throw err;
          }
        };
        const expectedReal = referenceWalk(files, path, true, false);
        const real = outcome(() => vfs.realpath(files, path));
        // realpath also needs the entry itself to exist.
        const want = ['ELOOP', 'ENOENT', 'ENOTDIR'].includes(expectedReal) ? expectedReal : files[expectedReal] || expectedReal === '/dev' ? expectedReal : 'ENOENT';
        expect(real).toBe(want);
        expect(vfs.exists(files, path)).toBe(!['ELOOP', 'ENOENT', 'ENOTDIR'].includes(want));
      }),
      { numRuns: 400 },
    );
  });
});
