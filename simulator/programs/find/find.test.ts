// busybox find as Debian's busybox-static 1.35 answers (run on this machine's /usr/bin/busybox
// over the same tree, and in a container on a real containerd 1.6.20 node:
// tests/oracle/scripts/busybox-find.sh, 56/56 lines agree). Entries come sorted here; the
// real tool lists readdir order.
import { describe, expect, it } from 'vitest';
import type { ContainerFile } from '../program';
import { start, testFs } from '../test-support';

const dir = (mode = 0o755): ContainerFile => ({ kind: 'dir', mode });
const file = (content = '', mode = 0o644, mtime?: number): ContainerFile => ({ kind: 'file', mode, content, ...(mtime === undefined ? {} : { mtime }) });
const link = (target: string): ContainerFile => ({ kind: 'symlink', mode: 0o777, content: target });

const NOW_S = Date.UTC(2026, 10, 28, 5, 0, 0) / 1000;

/** The tree the real runs used: /w/{a/{b/y.conf,x.conf},c/.hid,e/,z,la -> a,dangle -> nowhere}. */
function fs() {
  return testFs({
    '/bin/find': link('busybox'),
    '/w': dir(),
    '/w/a': dir(),
    '/w/a/b': dir(),
    '/w/a/b/y.conf': file('yo\n', 0o644, NOW_S - 30),
    '/w/a/x.conf': file('hi\n', 0o644, NOW_S - 3 * 86400),
    '/w/c': dir(),
    '/w/c/.hid': file('', 0o644, NOW_S - 7200),
    '/w/e': dir(),
    '/w/z': file('', 0o755, NOW_S - 10),
    '/w/la': link('a'),
    '/w/dangle': link('nowhere'),
  });
}

const find = (...args: string[]) => start(['find', ...args], { fs: fs(), cwd: '/w' });

describe('find: walking', () => {
  it('starts at . without a path and joins names as concat_path_file does', () => {
    expect(find().stdout).toBe('.\n./a\n./a/b\n./a/b/y.conf\n./a/x.conf\n./c\n./c/.hid\n./dangle\n./e\n./la\n./z\n');
    expect(find('a/').stdout).toBe('a/\na/b\na/b/y.conf\na/x.conf\n');
    expect(find('./a//', '-name', 'b').stdout).toBe('./a//b\n');
  });

  it('reports a missing path after walking the others, exit 1', () => {
    const r = find('/nosuch', 'a/b');
    expect(r.stdout).toBe('a/b\na/b/y.conf\n');
    expect(r.stderr).toBe('find: /nosuch: No such file or directory\n');
    expect(r.run.exit?.code).toBe(1);
    expect(find('z/').stderr).toBe('find: z/: Not a directory\n');
  });

  it('follows links only with -H (the paths given) or -L, and keeps a dangling one', () => {
    expect(find('la').stdout).toBe('la\n');
    expect(find('-H', 'la').stdout).toBe('la\nla/b\nla/b/y.conf\nla/x.conf\n');
    expect(find('la/').stdout).toBe('la/\nla/b\nla/b/y.conf\nla/x.conf\n');
    expect(find('-L', '.', '-name', 'dangle').stdout).toBe('./dangle\n');
    expect(find('-L', '.', '-type', 'f', '-name', 'x*').stdout).toBe('./a/x.conf\n./la/x.conf\n');
  });

  it('honours -depth, -mindepth, -maxdepth and -prune', () => {
    expect(find('a', '-depth').stdout).toBe('a/b/y.conf\na/b\na/x.conf\na\n');
    expect(find('.', '-mindepth', '2', '-maxdepth', '2').stdout).toBe('./a/b\n./a/x.conf\n./c/.hid\n');
    expect(find('.', '-maxdepth', '0').stdout).toBe('.\n');
    expect(find('.', '-name', 'a', '-prune', '-o', '-print').stdout).toBe('.\n./c\n./c/.hid\n./dangle\n./e\n./la\n./z\n');
  });
});

describe('find: tests and operators', () => {
  it('matches names, paths and regexes; ! and -o and ( ) combine them', () => {
    expect(find('.', '-name', '*.conf').stdout).toBe('./a/b/y.conf\n./a/x.conf\n');
    expect(find('.', '-iname', 'X*').stdout).toBe('./a/x.conf\n');
    expect(find('.', '-path', '*b*').stdout).toBe('./a/b\n./a/b/y.conf\n');
    expect(find('.', '-regex', '\\(.*\\)conf').stdout).toBe('./a/b/y.conf\n./a/x.conf\n');
    expect(find('.', '-regex', 'a').stdout).toBe('');
    expect(find('.', '!', '-name', '*.conf', '-type', 'f').stdout).toBe('./c/.hid\n./z\n');
    expect(find('.', '(', '-name', 'z', '-o', '-name', 'x.conf', ')', '-print').stdout).toBe('./a/x.conf\n./z\n');
    expect(find('.', '-type', 'd', '-o', '-type', 'l').stdout).toBe('.\n./a\n./a/b\n./c\n./dangle\n./e\n./la\n');
  });

  it('reads modes, sizes, link counts, emptiness, owners and times', () => {
    expect(find('.', '-perm', '755', '-type', 'f').stdout).toBe('./z\n');
    expect(find('.', '-perm', '-u+w', '-name', 'z').stdout).toBe('./z\n');
    expect(find('.', '-perm', '/111', '-type', 'f').stdout).toBe('./z\n');
    expect(find('.', '-size', '-1', '-type', 'f').stdout).toBe('./a/b/y.conf\n./a/x.conf\n./c/.hid\n./z\n');
    expect(find('.', '-size', '0', '-type', 'f').stdout).toBe('./c/.hid\n./z\n');
    expect(find('.', '-size', '+2c', '-type', 'f').stdout).toBe('./a/b/y.conf\n./a/x.conf\n');
    expect(find('.', '-links', '3').stdout).toBe('./a\n');
    expect(find('.', '-empty').stdout).toBe('./c/.hid\n./e\n./z\n');
    expect(find('.', '-user', 'root', '-name', 'z').stdout).toBe('./z\n');
    expect(find('.', '-mmin', '-5', '-type', 'f').stdout).toBe('./a/b/y.conf\n./z\n');
    expect(find('.', '-mtime', '+2', '-type', 'f').stdout).toBe('./a/x.conf\n');
    expect(find('.', '-newer', 'a/b/y.conf', '-type', 'f').stdout).toBe('./z\n');
  });
});

describe('find: actions', () => {
  it('runs -exec per file with ;, and once with the list with +', () => {
    expect(find('a/b', '-exec', 'echo', 'X', '{}', ';').stdout).toBe('X a/b\nX a/b/y.conf\n');
    expect(find('a/b', '-exec', 'echo', '{}', '+').stdout).toBe('a/b a/b/y.conf\n');
    expect(find('a/b', '-name', 'y.conf', '-exec', 'cat', '{}', ';').stdout).toBe('yo\n');
    expect(find('a/b', '-exec', 'false', ';', '-print').stdout).toBe('');
    const missing = find('a/b', '-exec', 'nosuch', '{}', ';');
    expect(missing.stderr).toBe('find: nosuch: No such file or directory\nfind: nosuch: No such file or directory\n');
    expect(missing.run.exit?.code).toBe(0);
  });

  it('waits for each child on the clock', () => {
    const r = find('a/b', '-exec', 'sleep', '2', ';', '-print');
    expect(r.run.exit).toEqual({ afterMs: 4000, code: 0 });
    expect(r.run.out.map((c) => c.atMs ?? 0)).toEqual([2000, 4000]);
  });

  it('prints NUL-ended names with -print0 and stops at -quit', () => {
    expect(find('a/b', '-print0').stdout).toBe('a/b\0a/b/y.conf\0');
    expect(find('.', '-quit').stdout).toBe('');
    expect(find('.', '-name', 'b', '-print', '-quit').stdout).toBe('./a/b\n');
  });
});

describe('find: bad arguments stop it before any file', () => {
  it.each([
    [['.', '-name'], 'find: -name requires an argument\n'],
    [['.', '-type', 'q'], "find: invalid argument 'q' to '-type'\n"],
    [['.', '-type', 'fd'], "find: invalid argument 'fd' to '-type'\n"],
    [['.', '-maxdepth', '-1'], "find: invalid number '-1'\n"],
    [['.', '-mtime', '1x'], "find: invalid number '1x'\n"],
    [['.', '-size', '+'], "find: invalid number ''\n"],
    [['.', '-perm', '+x'], "find: invalid mode 'x'\n"],
    [['.', '-perm', '99'], "find: invalid mode '99'\n"],
    [['.', '-user', 'nosuch'], 'find: unknown user nosuch\n'],
    [['.', '-group', 'nosuch'], 'find: unknown group nosuch\n'],
    [['.', '-newer', 'nosuch'], "find: can't stat 'nosuch': No such file or directory\n"],
    [['.', '('], "find: unpaired '('\n"],
    [['.', '-exec', 'echo'], 'find: -exec requires an argument\n'],
    [['.', '-exec', 'echo', '{}', '{}', '+'], "find: only one '{}' allowed for -exec +\n"],
  ])('find %j', (args, stderr) => {
    const r = find(...args);
    expect(r).toMatchObject({ stdout: '', stderr });
    expect(r.run.exit?.code).toBe(1);
  });

  it('prints the usage after an unknown primary, -delete included (not in this build)', () => {
    for (const arg of ['-foo', '-delete', '-HLx']) {
      const r = find(arg);
      expect(r.stderr).toMatch(new RegExp(`^find: unrecognized: ${arg}\\nBusyBox v1\\.35\\.0 .*\\n\\nUsage: find \\[-HL\\] `));
      expect(r.stderr.endsWith('\t-quit\t\tExit\n')).toBe(true);
      expect(r.run.exit?.code).toBe(1);
    }
  });
});
