// The directory index behind readdir (vfs.ts dirIndexes) must list exactly what a full pass over
// the table would, whatever mix of writes, links, moves and removals came before.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as vfs from './vfs';
import type { Files } from './vfs';

/** readdir's answer computed the slow way: every stored path whose parent is `dir`. */
function scanChildren(files: Files, dir: string): string[] {
  const names = Object.keys(files)
    .filter((p) => p !== '/' && vfs.dirname(p) === dir)
    .map((p) => vfs.basename(p));
  if (dir === '/' && !files['/dev']) names.push('dev');
  return names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

function reachable(files: Files, dir: string): boolean {
  try {
    return vfs.realpath(files, dir) === dir;
  } catch {
    return false;
  }
}

const NAMES = ['a', 'b', 'c', 'dir', 'x.conf'];
const path = fc.array(fc.constantFrom(...NAMES), { minLength: 1, maxLength: 3 }).map((parts) => `/${parts.join('/')}`);
const op = fc.oneof(
  fc.record({ kind: fc.constant('write' as const), path }),
  fc.record({ kind: fc.constant('mkdir' as const), path }),
  fc.record({ kind: fc.constant('rm' as const), path }),
  fc.record({ kind: fc.constant('rename' as const), path, to: path }),
  fc.record({ kind: fc.constant('symlink' as const), path, to: path }),
  fc.record({ kind: fc.constant('put' as const), path }),
  fc.record({ kind: fc.constant('delete' as const), path }),
  fc.record({ kind: fc.constant('list' as const), path }),
);

describe('the directory index', () => {
  it('lists what a pass over every stored path lists, after any sequence of changes', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
        const files: Files = { '/': { kind: 'dir', mode: 0o755, mtimeMs: 0 } };
        for (const o of ops) {
          try {
            if (o.kind === 'write') vfs.writeFile(files, o.path, 'x', { parents: true });
            else if (o.kind === 'mkdir') vfs.mkdir(files, o.path, { parents: true });
            else if (o.kind === 'rm') vfs.rm(files, o.path, { recursive: true, force: true });
            else if (o.kind === 'rename') vfs.rename(files, o.path, o.to);
            else if (o.kind === 'symlink') vfs.symlink(files, o.to, o.path);
            else if (o.kind === 'put') vfs.putEntry(files, o.path, { kind: 'file', content: 'p', mode: 0o644, mtimeMs: 0 });
            // A removal behind the index's back (as a few tests and old code paths do).
            else if (o.kind === 'delete') delete files[o.path];
            else vfs.readdir(files, o.path);
          } catch (err) {
            if (!vfs.isVfsError(err)) throw err;
          }
        }
        for (const dir of ['/', ...Object.keys(files)]) {
          // Only directories a path can reach (a put file may sit where a directory's parent was).
          if (files[dir]?.kind !== 'dir' || !reachable(files, dir)) continue;
          expect(vfs.readdir(files, dir)).toEqual(scanChildren(files, dir));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('sees a path put in by putEntry after the index was built', () => {
    const files: Files = { '/': { kind: 'dir', mode: 0o755, mtimeMs: 0 }, '/etc': { kind: 'dir', mode: 0o755, mtimeMs: 0 } };
    expect(vfs.readdir(files, '/etc')).toEqual([]);
    vfs.putEntry(files, '/etc/hostname', { kind: 'file', content: 'node1\n', mode: 0o644, mtimeMs: 0 });
    expect(vfs.readdir(files, '/etc')).toEqual(['hostname']);
  });
});
