// sed's ranges as Debian's busybox 1.35 sed runs them (`seq 5 | busybox sed -n '2,3p'` and the
// rest measured on the node's busybox; oracle 163-fresh-exec-applets.sh b26).
import { describe, expect, it } from 'vitest';
import { parseSed, runSed } from './sed-script';

const sed = (script: string, text: string, quiet = true) => runSed(parseSed(script, false), text, quiet);
const five = '1\n2\n3\n4\n5\n';

describe('sed ranges', () => {
  it('runs from the line the first address matches through the one the second matches', () => {
    expect(sed('2,3p', five)).toBe('2\n3\n');
    expect(sed('/2/,/4/p', five)).toBe('2\n3\n4\n');
    expect(sed('2,$d', five, false)).toBe('1\n');
  });
  it('stops at once on a second line number not past the first, and runs to the end when the second never matches', () => {
    expect(sed('4,2p', five)).toBe('4\n');
    expect(sed('3,/x/p', five)).toBe('3\n4\n5\n');
  });
  it('keeps one range per command', () => {
    expect(sed('1d;3,4d', five, false)).toBe('2\n5\n');
  });
});
