import { describe, expect, it } from 'vitest';
import { readTar, readTarWithGlobals, TarError, writeTar } from './tar';

function gnuLongName(name: string): string {
  // A GNU 'L' record followed by the entry it names, as GNU tar writes for long names.
  const record = writeTar([{ name: '././@LongLink', kind: 'file', mode: 0o644, content: `${name}\0` }]);
  const entry = writeTar([{ name: name.slice(0, 100), kind: 'file', mode: 0o644, content: 'x' }]);
  const header = record.slice(0, 512);
  const flagged = header.slice(0, 156) + 'L' + header.slice(157);
  let sum = 0;
  for (let i = 0; i < 512; i++) sum += i >= 148 && i < 156 ? 32 : flagged.charCodeAt(i);
  const fixed = flagged.slice(0, 148) + sum.toString(8).padStart(6, '0') + '\0 ' + flagged.slice(156);
  return fixed + record.slice(512, 1024) + entry;
}

describe('tar', () => {
  it('round-trips files, dirs, links, long names and PAX records', () => {
    const long = `blobs/${'x'.repeat(120)}`;
    const archive = writeTar(
      [
        { name: 'blobs/', kind: 'dir', mode: 0o755 },
        { name: long, kind: 'file', mode: 0o444, content: 'abc', pax: { 'ctrlab.size': '9' } },
        { name: 'l', kind: 'symlink', mode: 0o777, linkname: 'blobs' },
      ],
      { 'ctrlab.layer.digest': 'sha256:x' },
    );
    const { global, entries } = readTarWithGlobals(archive);
    expect(global['ctrlab.layer.digest']).toBe('sha256:x');
    expect(entries.map((e) => [e.name, e.kind, e.mode])).toEqual([
      ['blobs/', 'dir', 0o755],
      [long, 'file', 0o444],
      ['l', 'symlink', 0o777],
    ]);
    expect(entries[1]?.content).toBe('abc');
    expect(entries[1]?.pax?.['ctrlab.size']).toBe('9');
  });

  it('sizes like Go: 512-byte blocks, two zero blocks, no record padding', () => {
    expect(writeTar([{ name: 'a', kind: 'file', mode: 0o644, content: 'x'.repeat(513) }]).length).toBe(512 + 1024 + 1024);
  });

  it('fails like Go on truncated or foreign data, accepts an empty stream', () => {
    expect(() => readTar('node1\n')).toThrow(new TarError('unexpected EOF'));
    expect(() => readTar('y'.repeat(1024))).toThrow(new TarError('archive/tar: invalid tar header'));
    expect(readTar('')).toEqual([]);
  });
});

describe('tar, as real tools write it', () => {
  it('reads back what it writes, hard links and device nodes included', () => {
    const archive = writeTar(
      [
        { name: 'a/', kind: 'dir', mode: 0o755 },
        { name: 'a/f', kind: 'file', mode: 0o600, content: 'hi\0there' },
        { name: 'a/l', kind: 'symlink', mode: 0o777, linkname: 'f' },
        { name: 'a/h', kind: 'hardlink', mode: 0o600, linkname: 'a/f' },
        { name: 'a/p', kind: 'special', mode: 0o644 },
      ],
      { 'ctrlab.test': 'yes' },
    );
    const { global, entries } = readTarWithGlobals(archive);
    expect(global).toEqual({ 'ctrlab.test': 'yes' });
    expect(entries.map((e) => [e.name, e.kind, e.mode, e.content ?? e.linkname ?? null])).toEqual([
      ['a/', 'dir', 0o755, null],
      ['a/f', 'file', 0o600, 'hi\0there'],
      ['a/l', 'symlink', 0o777, 'f'],
      ['a/h', 'hardlink', 0o600, 'a/f'],
      ['a/p', 'special', 0o644, null],
    ]);
  });

  it('takes long names from PAX and GNU records', () => {
    const long = `${'d/'.repeat(70)}file`;
    expect(readTar(writeTar([{ name: long, kind: 'file', mode: 0o644, content: '' }]))[0]?.name).toBe(long);
    expect(readTar(gnuLongName(long))[0]?.name).toBe(long);
  });

  it('ends cleanly where a header would start (no end blocks, as docker context export writes), and keeps an exact directory name', () => {
    const tar = writeTar([{ name: 'tls', kind: 'dir', mode: 0o700, exactName: true }]);
    expect(tar.slice(0, 4)).toBe('tls\0');
    expect(readTar(tar.slice(0, 512))).toMatchObject([{ name: 'tls', kind: 'dir' }]);
  });
  it("fails like Go's reader on gzip bytes and on a cut archive", () => {
    expect(() => readTar('\x1f\x8b\x08\0' + '\0'.repeat(600))).toThrow(new TarError('archive/tar: invalid tar header'));
    expect(() => readTar(writeTar([{ name: 'f', kind: 'file', mode: 0o644, content: 'x'.repeat(600) }]).slice(0, 700))).toThrow(TarError);
  });
});
