import { describe, expect, it } from 'vitest';
import { failMark, followsMark, parseFenceMeta } from './fence-meta';

describe('fence meta', () => {
  it('reads flags, bare values and quoted values with spaces', () => {
    expect(parseFenceMeta('fails  reason="a b=c, d" pending=docker-run,docker-logs')).toEqual({
      flags: ['fails'],
      values: { reason: 'a b=c, d', pending: 'docker-run,docker-logs' },
    });
    expect(parseFenceMeta('')).toEqual({ flags: [], values: {} });
  });

  it('does not take a word inside a quoted value for a flag', () => {
    // A reason that says "fails" must not mark a block as failing, nor add pending marks.
    expect(parseFenceMeta('reason="it fails pending=x"')).toEqual({ flags: [], values: { reason: 'it fails pending=x' } });
  });

  it('keeps Chinese text and full-width punctuation in a value', () => {
    expect(parseFenceMeta('fails reason="ctr 不会补全短名字:它把 nginx 当作主机名。"').values.reason).toBe('ctr 不会补全短名字:它把 nginx 当作主机名。');
  });

  it('marks a block meant to fail, with its reason', () => {
    expect(failMark(parseFenceMeta('fails reason=" because "'))).toEqual({ reason: 'because' });
    expect(failMark(parseFenceMeta('fails'))).toEqual({ reason: '' });
    expect(failMark(parseFenceMeta('reason="x"'))).toBeNull();
  });

  it('marks a block whose last command runs until Ctrl-C, not a reason that says so', () => {
    expect(followsMark(parseFenceMeta('follows'))).toBe(true);
    expect(followsMark(parseFenceMeta('fails reason="it follows"'))).toBe(false);
  });
});
