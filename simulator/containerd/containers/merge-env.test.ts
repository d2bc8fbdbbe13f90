// containerd's replaceOrAppendEnvValues (oci/spec_opts.go) indexes only the entries it was given:
// overrides appended in one call never replace each other. Answers of the real node in
// tests/oracle/scripts/126-fresh-flag-values.sh (`ctr c create --env X=1 --env X= …` stores both).
import { describe, expect, it } from 'vitest';
import { mergeEnv } from './default-spec';

const PATH = 'PATH=/usr/bin';

describe('mergeEnv', () => {
  it('replaces an entry of the base in place and appends new keys', () => {
    expect(mergeEnv([PATH, 'A=1'], ['A=2', 'B=3'])).toEqual([PATH, 'A=2', 'B=3']);
  });

  it('keeps every appended override of one call, even of one key', () => {
    expect(mergeEnv([PATH], ['X=1', 'X='])).toEqual([PATH, 'X=1', 'X=']);
    expect(mergeEnv([PATH], ['X=1', 'X'])).toEqual([PATH, 'X=1']);
  });

  it('unsets a key of the base given without `=`', () => {
    expect(mergeEnv([PATH, 'A=1'], ['A'])).toEqual([PATH]);
  });
});
