// local, readonly, unset and export as busybox ash runs them (oracle 103 holds them against
// busybox 1.36 in a container).
import { describe, expect, it } from 'vitest';
import { start } from '../test-support';

const sh = (script: string) => {
  const r = start(['sh', '-c', script]);
  return [r.stdout, r.stderr, r.run.exit?.code];
};

describe('local', () => {
  it('is seen by functions called from the one that made it, and undone on return', () => {
    expect(sh('f() { local x=1; echo in $x; g; }; g() { echo g $x; }; x=0; f; echo out $x')).toEqual(['in 1\ng 1\nout 0\n', '', 0]);
    expect(sh('h() { local y; echo "[${y-unset}]"; y=2; }; y=1; h; echo $y')).toEqual(['[unset]\n1\n', '', 0]);
  });
  it('outside a function ends the shell', () => {
    expect(sh('local x=1; echo no')).toEqual(['', 'sh: local: line 0: not in a function\n', 2]);
  });
});

describe('readonly and unset', () => {
  it('lists read-only names and refuses to change them', () => {
    expect(sh("readonly R=1 S; readonly -p; unset R; echo no")).toEqual(["readonly R='1'\nreadonly S\n", 'sh: unset: line 0: R: is read only\n', 2]);
    expect(sh('readonly R=1; R=2; echo no')).toEqual(['', 'sh: R: is read only\n', 2]);
    expect(sh('readonly R=1\nexport R=3')).toEqual(['', 'sh: export: line 1: R: is read only\n', 2]);
  });
  it('unset -f removes a function, not a variable', () => {
    expect(sh('f() { echo f; }; unset -f f; f; echo $?; x=1; unset -f x; echo $x')).toEqual(['127\n1\n', 'sh: f: not found\n', 0]);
  });
});
