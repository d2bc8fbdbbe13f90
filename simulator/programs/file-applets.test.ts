import { describe, expect, it } from 'vitest';
import type { ContainerFile, ContainerFs } from './program';
import { start, testFs, writableFs as writableTestFs } from './test-support';

/** A test fs that keeps writes, like the container's snapshot does. */
const writableFs = (): ContainerFs => writableTestFs(['mkdir', 'rm', 'touch', 'cp', 'mv', 'wc', 'grep']);

describe('busybox file applets', () => {
  it('mkdir, touch, cp, mv and rm change the files later lookups see', () => {
    const fs = writableFs();
    expect(start(['mkdir', '-p', '/data/a'], { fs }).run.exit?.code).toBe(0);
    expect(fs.lookup('/data/a')?.kind).toBe('dir');
    expect(start(['mkdir', '/data'], { fs }).stderr).toBe("mkdir: can't create directory '/data': File exists\n");
    start(['touch', '/data/t'], { fs });
    start(['cp', '/data/t', '/data/u'], { fs });
    start(['mv', '/data/u', '/data/v'], { fs });
    expect(fs.lookup('/data/u')).toBeUndefined();
    expect(fs.lookup('/data/v')?.kind).toBe('file');
    expect(start(['rm', '/data/a'], { fs }).stderr).toBe("rm: '/data/a' is a directory\n");
    expect(start(['rm', '-r', '/data/a'], { fs }).run.exit?.code).toBe(0);
    expect(fs.lookup('/data/a')).toBeUndefined();
    expect(start(['rm', '-x', '/data/v'], { fs }).run.exit?.code).toBe(1);
  });

  it('wc and grep count and match lines', () => {
    const fs = writableFs();
    fs.write?.('/f', { kind: 'file', content: 'one\ntwo\nthree\n', mode: 0o644 });
    expect(start(['wc', '/f'], { fs }).stdout).toBe('        3         3        14 /f\n');
    expect(start(['grep', '-c', '-i', 'T', '/f'], { fs }).stdout).toBe('2\n');
    expect(start(['grep', '-n', 'zzz', '/f'], { fs }).run.exit?.code).toBe(1);
  });
});

describe('rm -r and rmdir on a read-only mount', () => {
  /** A view whose /ro is a read-only bind mount holding a and sub/b. */
  function readOnlyFs(): ContainerFs {
    const link = { kind: 'symlink', content: 'busybox', mode: 0o777 } as const;
    const base = testFs({
      '/bin/rm': link,
      '/bin/rmdir': link,
      '/ro': { kind: 'dir', mode: 0o755 },
      '/ro/a': { kind: 'file', mode: 0o644, content: '' },
      '/ro/sub': { kind: 'dir', mode: 0o755 },
      '/ro/sub/b': { kind: 'file', mode: 0o644, content: '' },
    });
    return { ...base, readOnlyAt: (p) => p === '/ro' || p.startsWith('/ro/'), mountPoints: () => ['/ro'] };
  }
  it('says EROFS for each file left, and never tries the directories around them', () => {
    const fs = readOnlyFs();
    expect(start(['rm', '-rf', '/ro'], { fs }).stderr).toBe("rm: can't remove '/ro/a': Read-only file system\nrm: can't remove '/ro/sub/b': Read-only file system\n");
    expect(start(['rm', '-r', '/ro/sub'], { fs }).run.exit?.code).toBe(1);
    expect(start(['rmdir', '/ro/sub', '/ro/a', '/ro/nope'], { fs }).stderr).toBe(
      "rmdir: '/ro/sub': Read-only file system\nrmdir: '/ro/a': Not a directory\nrmdir: '/ro/nope': No such file or directory\n",
    );
    expect(start(['rmdir', '/tmp', '/bin'], { fs }).stderr).toBe("rmdir: '/bin': Directory not empty\n");
  });
});
