import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { fenceLanguage, fenceMeta, isRunnable, nodeText, runnableLines } from './code-text';

describe('code blocks', () => {
  it('reads the text and fence language of an MDX code element', () => {
    const code = createElement('code', { className: 'language-sh' }, 'ctr i ls\n');
    expect(nodeText(code)).toBe('ctr i ls\n');
    expect(fenceLanguage(code)).toBe('sh');
    expect(isRunnable(fenceLanguage(code))).toBe(true);
    expect(isRunnable(fenceLanguage(createElement('code', { className: 'language-text' })))).toBe(false);
    expect(isRunnable(fenceLanguage('plain'))).toBe(false);
  });

  it('runs every command line and skips comments and blanks', () => {
    expect(runnableLines('# pull first\nctr i pull x\n\nctr i ls  \n')).toEqual(['ctr i pull x', 'ctr i ls']);
  });

  it('reads the words after the fence language (content/load.ts keeps them as data-meta)', () => {
    const meta = 'fails reason="the short name is no reference"  pending=docker-run';
    expect(fenceMeta(createElement('code', { className: 'language-sh', 'data-meta': meta }))).toEqual({
      flags: ['fails'],
      values: { reason: 'the short name is no reference', pending: 'docker-run' },
    });
    expect(fenceMeta(createElement('code', { className: 'language-sh' }))).toEqual({ flags: [], values: {} });
    expect(fenceMeta('plain')).toEqual({ flags: [], values: {} });
  });
});
