import { describe, expect, it } from 'vitest';
import { layerChangesOf, layerFilesOf } from './layer-files';
import type { TarEntry } from '../../host/tar';

const entries: TarEntry[] = [
  { name: 'etc/', kind: 'dir', mode: 0o755 },
  { name: 'etc/.wh.motd', kind: 'file', content: '', mode: 0 },
  { name: '.wh.tmp', kind: 'file', content: '', mode: 0 },
  { name: 'var/.wh..wh..opq', kind: 'file', content: '', mode: 0 },
  { name: 'etc/hostname', kind: 'file', content: 'node1\n', mode: 0o644 },
];

describe('layer tar entries', () => {
  it('turn whiteouts into deletions (null) beside the files the layer adds', () => {
    expect(layerChangesOf(entries, undefined, false)).toEqual({
      '/etc': { kind: 'dir', mode: 0o755 },
      '/etc/motd': null,
      '/tmp': null,
      '/etc/hostname': { kind: 'file', mode: 0o644, size: 6, content: 'node1\n' },
    });
  });

  it('leave only the added files for callers that copy them', () => {
    expect(Object.keys(layerFilesOf(entries))).toEqual(['/etc', '/etc/hostname']);
  });
});
