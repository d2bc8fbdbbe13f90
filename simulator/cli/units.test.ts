import { describe, expect, it } from 'vitest';
import { bytesSize, goDuration, goFormatG, humanDuration, humanSize, progressBytes } from './units';

describe('progressBytes (containerd progress.Bytes)', () => {
  it.each([
    [486, '486.0 B'],
    [8192, '8.0 KiB'],
    [1029836, '1005.7 KiB'],
    [1028898, '1004.8 KiB'],
    [2 * 1024 * 1024, '2.0 MiB'],
    [1992294, '1.9 MiB'],
    [0, '0.0 B'],
  ])('%d → %s', (n, text) => expect(progressBytes(n)).toBe(text));
});

describe('humanSize (go-units, decimal, 4 significant digits)', () => {
  it.each([
    [400, '400B'],
    [10240, '10.24kB'],
    [1028562, '1.029MB'],
    [2017000, '2.017MB'],
    [1000, '1kB'],
    [999, '999B'],
    [1980000, '1.98MB'],
  ])('%d → %s', (n, text) => expect(humanSize(n)).toBe(text));
});

describe('bytesSize (go-units, binary)', () => {
  it('uses 4 significant digits', () => {
    expect(bytesSize(2057216)).toBe('1.962MiB');
    expect(bytesSize(1024)).toBe('1KiB');
  });
});

describe('goFormatG', () => {
  it('drops trailing zeros and switches to exponent form like Go', () => {
    expect(goFormatG(10, 4)).toBe('10');
    expect(goFormatG(1.5, 4)).toBe('1.5');
    expect(goFormatG(12345, 4)).toBe('1.234e+04');
    expect(goFormatG(0.00001234, 4)).toBe('1.234e-05');
  });
});

describe('humanDuration (go-units)', () => {
  it.each([
    [500, 'Less than a second'],
    [1000, '1 second'],
    [2000, '2 seconds'],
    [60_000, 'About a minute'],
    [13 * 60_000, '13 minutes'],
    [3_600_000, 'About an hour'],
    [5 * 3_600_000, '5 hours'],
    [3 * 24 * 3_600_000, '3 days'],
    [20 * 24 * 3_600_000, '2 weeks'],
    [90 * 24 * 3_600_000, '3 months'],
    [3 * 365 * 24 * 3_600_000, '3 years'],
  ])('%d ms → %s', (ms, text) => expect(humanDuration(ms)).toBe(text));
});

describe('goDuration (time.Duration.String)', () => {
  it.each([
    [0, '0s'],
    [999, '999ns'],
    [1500, '1.5µs'],
    [70_994_456, '70.994456ms'],
    [2_000_000_001, '2.000000001s'],
    [62_500_000_000, '1m2.5s'],
    [3_600_000_000_000, '1h0m0s'],
    [-1_500_000_000, '-1.5s'],
  ])('%d ns → %s', (ns, text) => expect(goDuration(ns)).toBe(text));
});
