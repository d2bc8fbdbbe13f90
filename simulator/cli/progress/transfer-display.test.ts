import { describe, expect, it } from 'vitest';
import { clearSequence, progressBar, renderStatuses } from './transfer-display';

describe('transfer display', () => {
  it('draws the 40-column bar with its colour codes', () => {
    expect(progressBar(0)).toBe(`|\x1b[32m\x1b[0m${'-'.repeat(38)}|`);
    expect(progressBar(1)).toBe(`|\x1b[32m${'+'.repeat(38)}\x1b[0m|`);
    expect(progressBar(0.5)).toBe(`|\x1b[32m${'+'.repeat(19)}\x1b[0m${'-'.repeat(19)}|`);
  });

  it('truncates sizes like ctr (%8.8s and %7.6v)', () => {
    const frame = renderStatuses([{ ref: 'layer-x', status: 'downloading', offset: 1028608, total: 1028608 }], 100);
    expect(frame).toContain('1004.5 K/1004.5 KiB');
    expect(frame).toContain('total:  1004.5 (');
  });

  it('clears exactly the previous frame', () => {
    expect(clearSequence('a\nb\n', 0)).toBe('\x1b[1A\x1b[2K\r'.repeat(2));
    expect(clearSequence('', 0)).toBe('');
  });
});
