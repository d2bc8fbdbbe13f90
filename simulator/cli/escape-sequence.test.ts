// moby/term proxy.go's reading of an escape sequence (docker/cli v20.10.24 vendors it): held
// keys, the whole sequence taken out, and a breaking key passed on without being a new start.
import { describe, expect, it } from 'vitest';
import { EscapeSequenceReader } from './escape-sequence';

const CTRL_P_Q = '\x10\x11';

describe('EscapeSequenceReader', () => {
  it('passes everything on when no sequence is watched', () => {
    const r = new EscapeSequenceReader();
    expect(r.feed(`ls${CTRL_P_Q}`, '')).toEqual([{ typed: `ls${CTRL_P_Q}` }]);
    expect(r.feed('', '')).toEqual([]);
  });

  it('takes the whole sequence out, with what was typed before and after it in order', () => {
    expect(new EscapeSequenceReader().feed(`ls${CTRL_P_Q}pwd`, CTRL_P_Q)).toEqual([{ typed: 'ls' }, { escape: CTRL_P_Q }, { typed: 'pwd' }]);
  });

  it('holds a partial sequence until the next key completes or breaks it', () => {
    const r = new EscapeSequenceReader();
    expect(r.feed('\x10', CTRL_P_Q)).toEqual([]);
    expect(r.feed('\x11', CTRL_P_Q)).toEqual([{ escape: CTRL_P_Q }]);
    expect(r.feed('\x10', CTRL_P_Q)).toEqual([]);
    expect(r.feed('x', CTRL_P_Q)).toEqual([{ typed: '\x10x' }]);
    // A second Ctrl-P is not a new start: both go on, and the Ctrl-Q after them too.
    expect(r.feed('\x10\x10\x11', CTRL_P_Q)).toEqual([{ typed: '\x10\x10\x11' }]);
  });

  it('gives back what it held when the watching ends before the sequence does', () => {
    const r = new EscapeSequenceReader();
    expect(r.feed('\x10', CTRL_P_Q)).toEqual([]);
    expect(r.feed('a', '')).toEqual([{ typed: '\x10a' }]);
  });

  it('watches sequences of any length', () => {
    expect(new EscapeSequenceReader().feed('echo\x18a', '\x18a')).toEqual([{ typed: 'echo' }, { escape: '\x18a' }]);
    expect(new EscapeSequenceReader().feed('a', 'a')).toEqual([{ escape: 'a' }]);
  });
});
