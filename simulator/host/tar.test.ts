import { describe, expect, it } from 'vitest';
import { readTar, readTarWithGlobals, TarError, writeTar } from './tar';

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
