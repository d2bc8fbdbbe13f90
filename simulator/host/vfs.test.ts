import { describe, expect, it } from 'vitest';
import * as vfs from './vfs';
import type { Files } from './vfs';

function tree(): Files {
  const files: Files = {};
  vfs.mkdir(files, '/root', { parents: true });
  vfs.writeFile(files, '/root/a.txt', 'hello');
  return files;
}

describe('vfs', () => {
  it('normalizes paths against a cwd', () => {
    expect(vfs.normalizePath('../tmp/./x/', '/root/sub')).toBe('/root/tmp/x');
    expect(vfs.normalizePath('/..')).toBe('/');
    expect(vfs.dirname('/root/a')).toBe('/root');
    expect(vfs.basename('/root/a')).toBe('a');
  });

  it('leaves a normal absolute path as it is and rewrites every other spelling', () => {
    const cases: [string, string][] = [
      ['/', '/'],
      ['/a/.b/..c/...', '/a/.b/..c/...'],
      ['/a/./b', '/a/b'],
      ['/a/.', '/a'],
      ['/a/..', '/'],
      ['/a/../b', '/b'],
      ['/a//b', '/a/b'],
      ['/a/b/', '/a/b'],
      ['//', '/'],
      ['/.', '/'],
    ];
    for (const [path, normal] of cases) expect(vfs.normalizePath(path, '/cwd')).toBe(normal);
    expect(vfs.normalizePath('a/b', '/cwd')).toBe('/cwd/a/b');
    expect(vfs.dirname('/a/b/..')).toBe('/');
  });

  it('converts ASCII text to bytes and back unchanged, other text through UTF-8', () => {
    const ascii = 'runtime-endpoint: unix:///run/containerd/containerd.sock\n\x00\x7f';
    expect(vfs.textToBinary(ascii)).toBe(ascii);
    expect(vfs.binaryToText(ascii)).toBe(ascii);
    expect(vfs.textToBinary('é')).toBe('\xc3\xa9');
    expect(vfs.binaryToText('\xc3\xa9\xff')).toBe('é\ufffd');
  });

  it('writes and reads files; reports Go-style errors', () => {
    const files = tree();
    expect(vfs.readFile(files, '/root/a.txt')).toBe('hello');
    expect(() => vfs.readFile(files, '/root/missing.tar')).toThrow('open /root/missing.tar: no such file or directory');
    expect(() => vfs.writeFile(files, '/nope/x', '')).toThrow(vfs.VfsError);
    vfs.writeFile(files, '/nope/x', 'y', { parents: true });
    expect(vfs.stat(files, '/nope').kind).toBe('dir');
    expect(() => vfs.readFile(files, '/root')).toThrow('read /root: is a directory');
  });

  it('mkdir -p is idempotent, plain mkdir is not', () => {
    const files = tree();
    vfs.mkdir(files, '/a/b/c', { parents: true });
    vfs.mkdir(files, '/a/b/c', { parents: true });
    expect(() => vfs.mkdir(files, '/a/b/c')).toThrow('mkdir /a/b/c: file exists');
    expect(() => vfs.mkdir(files, '/x/y')).toThrow('mkdir /x/y: no such file or directory');
  });

  it('lists a directory sorted, one level deep', () => {
    const files = tree();
    vfs.writeFile(files, '/root/B', '');
    vfs.mkdir(files, '/root/d/e', { parents: true });
    expect(vfs.readdir(files, '/root')).toEqual(['B', 'a.txt', 'd']);
    expect(() => vfs.readdir(files, '/root/a.txt')).toThrow(vfs.VfsError);
  });

  it('removes files and trees', () => {
    const files = tree();
    vfs.mkdir(files, '/root/d/e', { parents: true });
    expect(() => vfs.rm(files, '/root/d')).toThrow('directory not empty');
    vfs.rm(files, '/root/d', { recursive: true });
    expect(vfs.exists(files, '/root/d/e')).toBe(false);
    vfs.rm(files, '/root/none', { force: true });
    expect(() => vfs.rm(files, '/root/none')).toThrow('no such file or directory');
  });

  it('renames files and trees, into a directory too', () => {
    const files = tree();
    vfs.mkdir(files, '/root/d/e', { parents: true });
    vfs.rename(files, '/root/d', '/root/f');
    expect(vfs.exists(files, '/root/f/e')).toBe(true);
    vfs.rename(files, '/root/a.txt', '/root/f');
    expect(vfs.readFile(files, '/root/f/a.txt')).toBe('hello');
  });

  it('follows symlinks, relative and absolute, and detects loops', () => {
    const files = tree();
    vfs.symlink(files, 'a.txt', '/root/rel');
    vfs.symlink(files, '/root', '/r');
    expect(vfs.readFile(files, '/root/rel')).toBe('hello');
    expect(vfs.readFile(files, '/r/a.txt')).toBe('hello');
    expect(vfs.realpath(files, '/r/rel')).toBe('/root/a.txt');
    expect(vfs.stat(files, '/root/rel', false).kind).toBe('symlink');
    vfs.symlink(files, '/loop2', '/loop1');
    vfs.symlink(files, '/loop1', '/loop2');
    expect(() => vfs.readFile(files, '/loop1')).toThrow('too many levels of symbolic links');
  });

  it('has /dev/null, /dev/tty, /dev/zero and the /dev/shm and /dev/mqueue directories without storing them', () => {
    const files = tree();
    files['/'] = { kind: 'dir', mode: 0o755, mtimeMs: 0 };
    expect(vfs.readFile(files, '/dev/null')).toBe('');
    vfs.writeFile(files, '/dev/null', 'gone');
    vfs.appendFile(files, '/dev/null', 'gone too');
    vfs.writeFile(files, '/dev/zero', 'gone');
    expect(vfs.readFile(files, '/dev/null')).toBe('');
    expect(vfs.readFile(files, '/dev/zero').slice(0, 3)).toBe('\0\0\0');
    expect(vfs.stat(files, '/dev').kind).toBe('dir');
    expect(vfs.exists(files, '/dev/null')).toBe(true);
    expect(vfs.exists(files, '/dev/nope')).toBe(false);
    expect(vfs.readdir(files, '/dev')).toEqual(['mqueue', 'null', 'shm', 'tty', 'zero']);
    expect(vfs.readdir(files, '/')).toEqual(['dev', 'root']);
    expect(Object.keys(files).filter((p) => p.startsWith('/dev'))).toEqual([]);
    // /dev itself is writable by root, like devtmpfs: other files there are ordinary ones.
    vfs.writeFile(files, '/dev/note', 'kept');
    expect(vfs.readdir(files, '/dev')).toEqual(['mqueue', 'note', 'null', 'shm', 'tty', 'zero']);
    expect(() => vfs.mkdir(files, '/dev')).toThrow('file exists');
  });

  it('converts between text, bytes and binary strings', () => {
    const bin = vfs.textToBinary('容器');
    expect(bin.length).toBe(6);
    expect(vfs.binaryToText(bin)).toBe('容器');
    expect(vfs.bytesToBinary(vfs.binaryToBytes('\u0000\u00ff'))).toBe('\u0000\u00ff');
  });
});
