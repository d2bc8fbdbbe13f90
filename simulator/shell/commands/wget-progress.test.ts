// Wget's dot progress against lines recorded from the real wget 1.21.3 (piped, so dots): the
// timings are chosen to give the recorded rates.

import { describe, expect, it } from 'vitest';
import { dotLines, humanSize, rate } from './wget-progress';

describe('wget progress', () => {
  it('draws the dot line of a small download as recorded', () => {
    expect(dotLines(12, (12 / (145 * 1024)) * 1000)).toBe('     0K                                                       100%  145K=0s\n');
    expect(dotLines(3000, (3000 / (32.9 * 1024 * 1024)) * 1000)).toBe('     0K ..                                                    100% 32.9M=0s\n');
  });

  it('writes sizes and rates as wget does', () => {
    expect(humanSize(10_685_899)).toBe('10M');
    expect(humanSize(3000)).toBe('2.9K');
    expect(rate(12, (12 / (406 * 1024)) * 1000)).toBe('406 KB/s');
    expect(rate(10_685_899, 1019)).toBe('10.0 MB/s');
  });
});
