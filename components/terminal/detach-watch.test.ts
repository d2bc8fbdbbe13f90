// The page's side of docker's escape proxy (moby/term proxy.go, as the simulator's
// clients/docker/containers/detach-keys.ts reads it): the same splits for the same keys.
import { describe, expect, it } from 'vitest';
import { DetachWatch } from './detach-watch';

const CTRL_P_Q = '\x10\x11';

describe('DetachWatch', () => {
  it('passes everything on when nothing attached watches a sequence', () => {
    const w = new DetachWatch();
    expect(w.feed('ls\x10\x11', undefined)).toEqual([{ typed: 'ls\x10\x11' }]);
    expect(w.feed('', undefined)).toEqual([]);
  });

  it('takes the whole sequence out, with what was typed before and after it in order', () => {
    expect(new DetachWatch().feed(`ls${CTRL_P_Q}pwd`, CTRL_P_Q)).toEqual([{ typed: 'ls' }, { detach: CTRL_P_Q }, { typed: 'pwd' }]);
  });

  it('holds a partial sequence until the next key completes or breaks it', () => {
    const w = new DetachWatch();
    expect(w.feed('\x10', CTRL_P_Q)).toEqual([]);
    expect(w.feed('\x11', CTRL_P_Q)).toEqual([{ detach: CTRL_P_Q }]);
    expect(w.feed('\x10', CTRL_P_Q)).toEqual([]);
    expect(w.feed('x', CTRL_P_Q)).toEqual([{ typed: '\x10x' }]);
    // A second Ctrl-P is not a new start: both go on, and the Ctrl-Q after them too.
    expect(w.feed('\x10\x10\x11', CTRL_P_Q)).toEqual([{ typed: '\x10\x10\x11' }]);
  });

  it('gives back what it held when the attach ends before the sequence does', () => {
    const w = new DetachWatch();
    expect(w.feed('\x10', CTRL_P_Q)).toEqual([]);
    expect(w.feed('a', undefined)).toEqual([{ typed: '\x10a' }]);
  });

  it('watches --detach-keys sequences of any length', () => {
    expect(new DetachWatch().feed('echo\x18a', '\x18a')).toEqual([{ typed: 'echo' }, { detach: '\x18a' }]);
    expect(new DetachWatch().feed('a', 'a')).toEqual([{ detach: 'a' }]);
  });
});
