import { describe, expect, it } from 'vitest';
import { md5HexOfText } from './md5';

describe('md5', () => {
  it('matches RFC 1321 test suite values', () => {
    expect(md5HexOfText('')).toBe('d41d8cd98f00b204e9800998ecf8427e');
    expect(md5HexOfText('abc')).toBe('900150983cd24fb0d6963f7d28e17f72');
    expect(md5HexOfText('message digest')).toBe('f96b697d7cb7938d525a2f31aaf161d0');
    expect(md5HexOfText('12345678901234567890123456789012345678901234567890123456789012345678901234567890')).toBe(
      '57edf4a22be3c955ac49da2e2107b67a',
    );
  });
});
