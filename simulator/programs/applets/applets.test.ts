// busybox 1.35's md5sum/sha*sum, base64, readlink, realpath, tee, xargs and du as Debian's
// busybox-static answers them (run on this machine's /usr/bin/busybox over the same tree, and in
// a container on a real containerd 1.6.20 node: tests/oracle/scripts/busybox-file-applets.sh).
import { describe, expect, it } from 'vitest';
import type { ContainerFile, ContainerFs } from '../program';
import { start, testFs } from '../test-support';

const dir = (): ContainerFile => ({ kind: 'dir', mode: 0o755 });
const file = (content: string): ContainerFile => ({ kind: 'file', mode: 0o644, content });
const link = (target: string): ContainerFile => ({ kind: 'symlink', mode: 0o777, content: target });

/** The tree of the real runs, with writes kept (tee). */
function fs(): ContainerFs {
  const files: Record<string, ContainerFile> = {};
  const base = testFs({
    '/w': dir(),
    '/w/a': dir(),
    '/w/a/b': dir(),
    '/w/a/b/y.conf': file('yo\n'),
    '/w/a/x.conf': file('hi\n'),
    '/w/c': dir(),
    '/w/c/.hid': file(''),
    '/w/z': file(''),
    '/w/la': link('a'),
    '/w/dangle': link('nowhere'),
  });
  for (const applet of ['kill', 'test', '[', 'md5sum', 'sha1sum', 'sha256sum', 'base64', 'readlink', 'realpath', 'tee', 'xargs', 'du', 'find']) files[`/bin/${applet}`] = link('busybox');
  return {
    ...base,
    lookup: (p) => files[p] ?? base.lookup(p),
    list: (p) => {
      const names = new Set(base.list(p) ?? []);
      for (const f of Object.keys(files)) if ((f.slice(0, f.lastIndexOf('/')) || '/') === p) names.add(f.slice(f.lastIndexOf('/') + 1));
      return base.list(p) === undefined ? undefined : [...names].sort();
    },
    write: (p, f) => {
      files[p] = f;
      return true;
    },
  };
}

const run = (argv: string[], stdin?: string, files = fs()) => start(argv, { fs: files, cwd: '/w', stdin });
const exit = (r: ReturnType<typeof run>) => r.run.exit?.code;

describe('md5sum, sha1sum, sha256sum', () => {
  it('hashes files and stdin, and goes on past a missing file', () => {
    const r = run(['md5sum', 'a/x.conf', 'nosuch', 'a']);
    expect(r.stdout).toBe('764efa883dda1e11db47671c4a3bbd9e  a/x.conf\n');
    expect(r.stderr).toBe("md5sum: can't open 'nosuch': No such file or directory\nmd5sum: can't read 'a': Is a directory\n");
    expect(exit(r)).toBe(1);
    expect(run(['sha256sum'], 'hi\n').stdout).toBe('98ea6e4f216f2fb4b69fff9b3a44842c38686ca685f3f55dc48c5d3fb1107be4  -\n');
    expect(run(['sha1sum', '-'], 'hi\n').stdout).toBe('55ca6286e3e4f4fba5d0448333fa99fc5a404a73  -\n');
  });

  it('checks a list with -c, counting a malformed line as failed', () => {
    const list = `764efa883dda1e11db47671c4a3bbd9e  a/x.conf\n${'0'.repeat(32)}  z\nxyz\n`;
    const r = run(['md5sum', '-c'], list);
    expect(r.stdout).toBe('a/x.conf: OK\nz: FAILED\n');
    expect(r.stderr).toBe('md5sum: WARNING: 2 of 3 computed checksums did NOT match\n');
    expect(run(['md5sum', '-cw'], list).stderr).toBe('md5sum: invalid format\nmd5sum: WARNING: 2 of 3 computed checksums did NOT match\n');
    expect(run(['md5sum', '-cs'], list)).toMatchObject({ stdout: '', stderr: '' });
    expect(run(['md5sum', '-c'], '').stderr).toBe('md5sum: -: no checksum lines found\n');
    expect(run(['md5sum', '-s', 'z']).stderr).toMatch(/^BusyBox v1\.35\.0 .*\n\nUsage: md5sum \[-c\[sw\]\] \[FILE\]\.\.\.\n/);
  });
});

describe('base64', () => {
  it('encodes in lines of 76 or -w, decodes skipping what is not base64', () => {
    expect(run(['base64'], 'hello\n').stdout).toBe('aGVsbG8K\n');
    expect(run(['base64', '-w', '2'], 'abc').stdout).toBe('YW\nJj\n');
    expect(run(['base64'], '').stdout).toBe('');
    expect(run(['base64', '-d'], 'aGkK!!aGkK').stdout).toBe('hi\nhi\n');
    expect(run(['base64', '-d'], 'aGk=').stdout).toBe('hi');
  });

  it('says truncated input for a group left open, and checks its operands', () => {
    expect(run(['base64', '-d'], 'aGkKa')).toMatchObject({ stdout: 'hi\n', stderr: 'base64: truncated input\n' });
    expect(run(['base64', '-w', 'x'], 'a').stderr).toBe("base64: invalid number 'x'\n");
    expect(run(['base64', 'a']).stderr).toBe('base64: read error: Is a directory\n');
    expect(run(['base64', 'nosuch']).stderr).toBe('base64: nosuch: No such file or directory\n');
    expect(exit(run(['base64', 'z', 'z']))).toBe(1);
  });

  it('reads in chunks split at whitespace, counting an open group back over what it skipped (oracle 169)', () => {
    expect(exit(run(['base64', '-d'], 'not base64!\n'))).toBe(0);
    expect(run(['base64', '-d'], 'not base64!').stderr).toBe('base64: truncated input\n');
    expect(run(['base64', '-d'], 'Y!\n')).toMatchObject({ stdout: '', stderr: '' });
    expect(run(['base64', '-d'], 'YQ==YQ==')).toMatchObject({ stdout: 'a', stderr: 'base64: truncated input\n' });
    expect(run(['base64', '-d'], 'YQ==\nYQ==\n')).toMatchObject({ stdout: 'aa', stderr: '' });
    expect(run(['base64', '-d'], 'YW Jj')).toMatchObject({ stdout: 'abc', stderr: '' });
  });
});

describe('readlink and realpath', () => {
  it('prints a target, or nothing and 1 for what is not a link', () => {
    expect(run(['readlink', 'la']).stdout).toBe('a\n');
    expect(run(['readlink', '-n', 'la']).stdout).toBe('a');
    expect(run(['readlink', 'z'])).toMatchObject({ stdout: '', stderr: '' });
    expect(run(['readlink', '-v', 'z']).stderr).toBe('readlink: z: cannot read link: not a symlink\n');
    expect(run(['readlink', '-v', 'nosuch']).stderr).toBe('readlink: nosuch: cannot read link: No such file or directory\n');
  });

  it('canonicalizes through links, a dangling one at the end included', () => {
    expect(run(['readlink', '-f', 'la/x.conf']).stdout).toBe('/w/a/x.conf\n');
    expect(run(['readlink', '-f', 'dangle']).stdout).toBe('/w/nowhere\n');
    expect(exit(run(['readlink', '-f', 'nosuch/x']))).toBe(1);
    const r = run(['realpath', 'la', 'dangle', 'nosuch', '.', 'z/x']);
    expect(r.stdout).toBe('/w/a\n/w/nowhere\n/w\n');
    expect(r.stderr).toBe('realpath: nosuch: No such file or directory\nrealpath: z/x: Not a directory\n');
    expect(run(['realpath', '-x']).stderr).toBe('realpath: -x: No such file or directory\n');
  });
});

describe('tee', () => {
  it('copies stdin to stdout and the files, -a appending, - meaning stdout', () => {
    const files = fs();
    const r = run(['tee', '/tmp/t1', '/nosuch/x', '-'], 'hi\n', files);
    expect(r).toMatchObject({ stdout: 'hi\nhi\n', stderr: 'tee: /nosuch/x: No such file or directory\n' });
    expect(exit(r)).toBe(1);
    run(['tee', '-a', '/tmp/t1'], 'more\n', files);
    expect(files.lookup('/tmp/t1')?.content).toBe('hi\nmore\n');
    expect(run(['tee', 'a'], 'x\n').stderr).toBe('tee: a: Is a directory\n');
  });
});

describe('xargs', () => {
  it('runs PROG with the words, quoted words kept whole', () => {
    expect(run(['xargs', '-n', '1', 'echo', 'X'], 'a b\nc\n').stdout).toBe('X a\nX b\nX c\n');
    expect(run(['xargs', '-n1', 'echo'], 'a "b c" d\\ e\n').stdout).toBe('a\nb c\nd e\n');
    expect(run(['xargs', '-I{}', 'echo', '[{}]'], 'x y\n  z \n').stdout).toBe('[x y]\n[z ]\n');
    expect(run(['xargs', '-E', 'END', 'echo'], 'a b END c\n').stdout).toBe('a b\n');
    expect(run(['xargs', '-s', '10', 'echo'], 'a b c d\n').stdout).toBe('a b\nc d\n');
    expect(run(['xargs'], '').stdout).toBe('\n');
    expect(run(['xargs', '-r', 'echo', 'X'], '').stdout).toBe('');
    expect(run(['xargs', '-t', 'echo'], 'a\n')).toMatchObject({ stdout: 'a\n', stderr: 'echo a\n' });
  });

  it('exits as findutils documents: 123, 124, 127', () => {
    expect(exit(run(['xargs', 'false'], 'a\n'))).toBe(123);
    const r = run(['xargs', 'sh', '-c', 'exit 255'], 'a\n');
    expect(r.stderr).toBe('xargs: sh: exited with status 255; aborting\n');
    expect(exit(r)).toBe(124);
    expect(run(['xargs', 'nosuch'], 'a\n')).toMatchObject({ stderr: 'xargs: nosuch: No such file or directory\n' });
    expect(exit(run(['xargs', 'nosuch'], 'a\n'))).toBe(127);
  });

  it('refuses what it cannot parse or fit', () => {
    expect(run(['xargs', 'echo'], "it's\n").stderr).toBe('xargs: unmatched single quote\n');
    expect(run(['xargs', '-n', '0', 'echo'], 'a\n').stderr).toBe('xargs: number 0 is not in 1..2147483647 range\n');
    expect(run(['xargs', '-s', '10', 'echo'], 'aaaaaaaaaaaa\n').stderr).toBe('xargs: argument line too long\n');
    expect(run(['xargs', '-x', '-s', '5', 'echo'], 'a\n').stderr).toBe("xargs: can't fit single argument within argument list size limit\n");
    expect(run(['xargs', '-q'], 'a\n').stderr).toMatch(/^xargs: invalid option -- 'q'\nBusyBox v1\.35\.0 /);
  });
});

describe('du', () => {
  it('sums 1K blocks, a directory after its entries', () => {
    expect(run(['du', 'a']).stdout).toBe('8\ta/b\n16\ta\n');
    expect(run(['du', '-s', 'a']).stdout).toBe('16\ta\n');
    expect(run(['du', '-sh', 'a']).stdout).toBe('16.0K\ta\n');
    expect(run(['du', '-a', 'a']).stdout).toBe('4\ta/b/y.conf\n8\ta/b\n4\ta/x.conf\n16\ta\n');
    expect(run(['du', '-c', 'a', 'c']).stdout).toBe('8\ta/b\n16\ta\n4\tc\n20\ttotal\n');
    expect(run(['du', '-b', 'a/x.conf']).stdout).toBe('3\ta/x.conf\n');
    expect(run(['du', '-m', 'a']).stdout).toBe('1\ta/b\n1\ta\n');
    expect(run(['du', '-k', 'z']).stdout).toBe('0\tz\n');
  });

  it('reports a missing operand and goes on', () => {
    const r = run(['du', 'nosuch', 'c']);
    expect(r).toMatchObject({ stdout: '4\tc\n', stderr: 'du: nosuch: No such file or directory\n' });
    expect(exit(r)).toBe(1);
  });
});

describe('test and [ as programs', () => {
  it('answer as the builtin does, their own name before a complaint', () => {
    expect(exit(run(['test', '-f', '/w/z']))).toBe(0);
    expect(exit(run(['test', '-d', '/w/z']))).toBe(1);
    expect(exit(run(['[', '2', '-gt', '1', ']']))).toBe(0);
    const missing = run(['[', '1', '-eq', '2']);
    expect(missing.stderr).toBe('[: missing ]\n');
    expect(exit(missing)).toBe(2);
    expect(run(['test', 'a', '-eq', '1']).stderr).toBe('test: a: bad number\n');
  });
});

describe('kill', () => {
  it('lists and translates names', () => {
    expect(run(['kill', '-l']).stdout.split('\n').slice(0, 3)).toEqual([' 1) HUP', ' 2) INT', ' 3) QUIT']);
    expect(run(['kill', '-l', '9']).stdout).toBe('KILL\n');
    expect(run(['kill', '-l', 'HUP']).stdout).toBe('1\n');
  });

  it('asks the tasks service to deliver to live PIDs, and refuses the rest', () => {
    expect(run(['kill', '-HUP', '1']).run.signals).toEqual([{ pid: 1, signal: 1 }]);
    expect(run(['kill', '-s', 'KILL', '1']).run.signals).toEqual([{ pid: 1, signal: 9 }]);
    expect(run(['kill', '1']).run.signals).toEqual([{ pid: 1, signal: 15 }]);
    expect(run(['kill', '999'])).toMatchObject({ stderr: "kill: can't kill pid 999: No such process\n" });
    expect(run(['kill', '-FOO', '1']).stderr).toBe("kill: bad signal name 'FOO'\n");
    expect(run(['kill', 'abc']).stderr).toBe("kill: invalid number 'abc'\n");
    expect(run(['kill']).stderr).toBe('kill: you need to specify whom to kill\n');
  });
});
