import { describe, expect, it } from 'vitest';
import { digestError, digestText, isDigest } from './digest';

describe('digest', () => {
  it('is the real sha256 of the text', () => {
    expect(digestText('')).toBe('sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(isDigest(digestText('x'))).toBe(true);
  });

  it('reports go-digest validation errors', () => {
    expect(digestError('nope')).toBe('invalid checksum digest format');
    expect(digestError('sha256:abc')).toBe('invalid checksum digest length');
    expect(digestError(`sha256:${'Z'.repeat(64)}`)).toBe('invalid checksum digest format');
    expect(digestError('md5:abcd')).toBe('unsupported digest algorithm');
    expect(digestError(digestText('x'))).toBeUndefined();
  });
});
