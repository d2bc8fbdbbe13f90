// let as busybox ash runs it (oracle 103 holds it against busybox 1.36 in a container).
import { describe, expect, it } from 'vitest';
import { start } from '../test-support';

const sh = (script: string) => {
  const r = start(['sh', '-c', script]);
  return [r.stdout, r.stderr, r.run.exit?.code];
};

describe('let', () => {
  it('evaluates each expression and fails when the last is 0', () => {
    expect(sh('let x=1+2 y=x*3; echo $x $y $?; let 0; echo $?; i=5; let i++; echo $i')).toEqual(['3 9 0\n1\n6\n', '', 0]);
  });
  it("reports its errors with status 2 without ending the shell", () => {
    expect(sh('let; echo $?; let 1/0; echo $?')).toEqual(['2\n2\n', 'sh: let: line 0: expression expected\nsh: let: line 0: divide by zero\n', 0]);
  });
});
