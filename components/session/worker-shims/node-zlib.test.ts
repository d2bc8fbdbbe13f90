// The worker's node:zlib (fflate underneath) against Node's own zlib, which the shell library
// uses in Node: the same gzip header, the same bytes back, the same limit and truncation errors.

import { gunzipSync as nodeGunzip, gzipSync as nodeGzip } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { constants, gunzipSync, gzipSync } from './node-zlib';

const TEXT = new TextEncoder().encode('hello\n'.repeat(50));

describe("the worker's node:zlib", () => {
  it('writes the gzip header zlib writes: no time, the level in XFL, Unix as the system', () => {
    for (const level of [constants.Z_DEFAULT_COMPRESSION, constants.Z_BEST_SPEED, constants.Z_BEST_COMPRESSION]) {
      expect([...gzipSync(TEXT, { level }).subarray(0, 10)]).toEqual([...nodeGzip(TEXT, { level }).subarray(0, 10)]);
    }
    expect([...gzipSync(TEXT).subarray(0, 10)]).toEqual([...nodeGzip(TEXT).subarray(0, 10)]);
  });

  it('inflates what Node deflated and the other way round', () => {
    expect(new TextDecoder().decode(gunzipSync(nodeGzip(TEXT)))).toBe('hello\n'.repeat(50));
    expect(new TextDecoder().decode(nodeGunzip(gzipSync(TEXT, { level: 9 })))).toBe('hello\n'.repeat(50));
  });

  it("refuses output past maxOutputLength with Node's RangeError", () => {
    const thrown = (inflate: () => unknown) => {
      try {
        inflate();
      } catch (error) {
        const { name, message, code } = error as Error & { code?: string };
        return { name, message, code };
      }
      return null;
    };
    const node = thrown(() => nodeGunzip(nodeGzip(TEXT), { maxOutputLength: 10 }));
    expect(node).toEqual({ name: 'RangeError', message: 'Cannot create a Buffer larger than 10 bytes', code: 'ERR_BUFFER_TOO_LARGE' });
    expect(thrown(() => gunzipSync(nodeGzip(TEXT), { maxOutputLength: 10 }))).toEqual(node);
    expect(thrown(() => gzipSync(TEXT, { maxOutputLength: 5 }))?.name).toBe('RangeError');
  });

  it("says zlib's words for a stream cut short", () => {
    const cut = nodeGzip(TEXT).subarray(0, 20);
    expect(() => nodeGunzip(cut)).toThrow('unexpected end of file');
    expect(() => gunzipSync(cut)).toThrow('unexpected end of file');
  });
});
