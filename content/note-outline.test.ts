import { describe, expect, it } from 'vitest';
import { plainHeading, sectionsOf } from './note-outline';

describe('note sections', () => {
  it('numbers the ## headings outside code blocks, as plain text', () => {
    const mdx = '# t\n## One `ctr`\ntext\n```sh\n## not a heading\n```\n### sub\n## [Two](http://x) **b**\n';
    expect(sectionsOf(mdx)).toEqual([
      { id: 'section-1', title: 'One ctr' },
      { id: 'section-2', title: 'Two b' },
    ]);
  });

  it('keeps snake_case words', () => {
    expect(plainHeading('log_path and _em_')).toBe('log_path and em');
  });
});
