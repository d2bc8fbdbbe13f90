import { describe, expect, it } from 'vitest';
import { completeLine } from './completion';

describe('completeLine', () => {
  it('completes a single candidate word and adds a space', () => {
    expect(completeLine('ctr ima', ['images'])).toEqual({
      replace: { count: 3, text: 'images ' },
      listing: ['images'],
    });
  });

  it('does not add a space after a directory or a flag that takes =', () => {
    expect(completeLine('ls /et', ['/etc/']).replace).toEqual({ count: 3, text: '/etc/' });
  });

  it('completes the common prefix of several candidates', () => {
    expect(completeLine('ctr c', ['containers', 'content', 'c']).replace).toBeUndefined();
    expect(completeLine('ctr co', ['containers', 'content']).replace).toEqual({ count: 2, text: 'cont' });
  });

  it('lists candidates, sorted, when there is no progress to make', () => {
    expect(completeLine('ctr cont', ['content', 'containers'])).toEqual({
      listing: ['containers', 'content'],
    });
  });

  it('accepts whole-line candidates too', () => {
    expect(completeLine('ctr ima', ['ctr images']).replace).toEqual({ count: 7, text: 'ctr images ' });
  });

  it('does nothing without candidates', () => {
    expect(completeLine('xyz', [])).toEqual({ listing: [] });
  });
});
