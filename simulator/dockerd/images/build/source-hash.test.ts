// The COPY comment's source hashes, against what a private real dockerd 20.10.24 wrote in
// `docker history --no-trunc` (tests/oracle/docker/scripts/57-classic-build.sh): `COPY a.txt .`
// of a 7-byte file `file-a\n`, mode 0644, sent by the CLI as root:root.

import { describe, expect, it } from 'vitest';
import { entryTarsum, hashStringSlice, sourceHash, sourcesHash } from './source-hash';

const A_TXT = { kind: 'file' as const, mode: 0o644, size: 7, content: 'file-a\n' };

describe('the classic builder source hashes', () => {
  it('hashes a file as tarsum v1 does: header fields without mtime, then the bytes', () => {
    expect(entryTarsum('a.txt', A_TXT)).toBe('aa8e5f0b313148efbabf2a15457b11d2270375d311e48aa308b28bbff8cb865d');
    expect(sourceHash({ 'a.txt': A_TXT }, 'a.txt', A_TXT)).toBe('file:aa8e5f0b313148efbabf2a15457b11d2270375d311e48aa308b28bbff8cb865d');
  });

  it('changes with the mode and the name, not only the bytes', () => {
    const sums = new Set([entryTarsum('a.txt', A_TXT), entryTarsum('a.txt', { ...A_TXT, mode: 0o600 }), entryTarsum('b.txt', A_TXT)]);
    expect(sums.size).toBe(3);
  });

  it('hashes a directory from the sorted sums of everything below it, itself left out', () => {
    const files = { sub: { kind: 'dir' as const, mode: 0o755 }, 'sub/one': A_TXT, 'sub/deep': { kind: 'dir' as const, mode: 0o755 }, other: A_TXT };
    const expected = hashStringSlice('dir', [entryTarsum('sub/one', A_TXT), entryTarsum('sub/deep', files['sub/deep'])].sort());
    expect(sourceHash(files, 'sub', files.sub)).toBe(expected);
    expect(expected).toMatch(/^dir:[0-9a-f]{64}$/);
  });

  it('keeps one source as it is and hashes several together in order', () => {
    expect(sourcesHash(['file:x'])).toBe('file:x');
    expect(sourcesHash(['file:x', 'file:y'])).not.toBe(sourcesHash(['file:y', 'file:x']));
    expect(sourcesHash(['file:x', 'file:y'])).toMatch(/^multi:[0-9a-f]{64}$/);
  });
});
