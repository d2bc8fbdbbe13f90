import { gzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { gunzipBinary, isGzipBinary, packRaw, rawBytesOf, unpackRaw } from './raw-bytes';

const bytes = (binary: string) => Uint8Array.from(binary, (c) => c.charCodeAt(0));

describe('raw blob bytes', () => {
  it('round-trip any bytes through JSON-safe text', () => {
    for (const sample of ['', 'a', 'ab', 'abc', '\0\xff\x80\x1f\x8b', 'x'.repeat(100_000)]) {
      const packed = packRaw(sample);
      expect(packed).toMatch(/^[A-Za-z0-9+/]*=*$/);
      expect(unpackRaw(packed)).toBe(sample);
    }
    expect(rawBytesOf({ digest: 'sha256:x', size: 1, mediaType: 'm', rawDeflated: packRaw('\x01') })).toBe('\x01');
    expect(rawBytesOf({ digest: 'sha256:x', size: 1, mediaType: 'm' })).toBeUndefined();
  });

  it('gunzip a gzip stream and recognise one', () => {
    const gz = String.fromCharCode(...gzipSync(bytes('hello\0world')));
    expect(isGzipBinary(gz)).toBe(true);
    expect(isGzipBinary('hello')).toBe(false);
    expect(gunzipBinary(gz)).toBe('hello\0world');
  });
});
