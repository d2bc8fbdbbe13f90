import { describe, expect, it } from 'vitest';
import { entryStat, humanSize } from './ls-stat';
import type { ContainerFile, ContainerFs, PathStat } from './program';

function fsOf(files: Record<string, ContainerFile>, stat: (p: string) => PathStat): ContainerFs {
  return {
    lookup: (p) => files[p],
    list: (p) => {
      const prefix = p === '/' ? '/' : `${p}/`;
      return Object.keys(files)
        .filter((k) => k.startsWith(prefix) && k.length > prefix.length && !k.slice(prefix.length).includes('/'))
        .map((k) => k.slice(prefix.length))
        .sort();
    },
    statAt: stat,
  };
}

describe('busybox ls -l columns', () => {
  it('sizes as make_human_readable_str prints them (1.9M, 4.0K, bytes below 1K)', () => {
    expect(humanSize(1982256)).toBe('1.9M');
    expect(humanSize(4096)).toBe('4.0K');
    expect(humanSize(75)).toBe('75');
    expect(humanSize(0)).toBe('0');
  });

  it('counts a disk directory 2 + subdirectories, 1 when merged; a tmpfs one 40 + 20 an entry with no blocks', () => {
    const files: Record<string, ContainerFile> = {
      '/a': { kind: 'dir', mode: 0o755 },
      '/a/b': { kind: 'dir', mode: 0o755 },
      '/a/f': { kind: 'file', mode: 0o644, content: 'hi\n' },
      '/t': { kind: 'dir', mode: 0o1777 },
      '/t/d': { kind: 'dir', mode: 0o755 },
      '/t/f': { kind: 'file', mode: 0o644, content: 'hi\n' },
    };
    const plain = fsOf(files, (p) => ({ fs: p.startsWith('/t') ? 'tmpfs' : 'disk' }));
    expect(entryStat(plain, '/a', files['/a'] as ContainerFile)).toMatchObject({ nlink: 3, size: 4096, blocks: 4 });
    expect(entryStat(plain, '/t', files['/t'] as ContainerFile)).toMatchObject({ mode: 'drwxrwxrwt', nlink: 3, size: 80, blocks: 0 });
    expect(entryStat(plain, '/t/f', files['/t/f'] as ContainerFile)).toMatchObject({ size: 3, blocks: 4 });
    const merged = fsOf(files, () => ({ fs: 'disk', merged: true }));
    expect(entryStat(merged, '/a', files['/a'] as ContainerFile).nlink).toBe(1);
  });

  it('shows a device node as c with its numbers and a proc directory with size 0', () => {
    const files: Record<string, ContainerFile> = {
      '/dev/null': { kind: 'file', mode: 0o666, content: '', device: { major: 1, minor: 3 } },
      '/proc': { kind: 'dir', mode: 0o555 },
    };
    const fs = fsOf(files, (p) => ({ fs: p === '/proc' ? 'proc' : 'tmpfs' }));
    expect(entryStat(fs, '/dev/null', files['/dev/null'] as ContainerFile)).toMatchObject({ mode: 'crw-rw-rw-', device: { major: 1, minor: 3 }, blocks: 0 });
    expect(entryStat(fs, '/proc', files['/proc'] as ContainerFile)).toMatchObject({ mode: 'dr-xr-xr-x', size: 0, nlink: 2 });
  });
});
