// test, [ ] and [[ ]] as busybox ash runs them (oracle 103 holds them against busybox 1.36).
import { describe, expect, it } from 'vitest';
import { start } from '../test-support';

const sh = (script: string) => {
  const r = start(['sh', '-c', script]);
  return [r.stdout, r.stderr, r.run.exit?.code];
};

describe('[[ ]]', () => {
  it('matches patterns and regular expressions, joining with && and ||', () => {
    expect(sh('[[ abc == a* ]] && echo m1; [[ abc != a* ]] || echo m2; [[ -n x && -z "" ]] && echo m3; [[ "" || b ]] && echo m4; [[ x == [a-z] ]] && echo m5; [[ abc =~ ^a.c$ ]] && echo m6')[0]).toBe(
      'm1\nm2\nm3\nm4\nm5\nm6\n',
    );
    expect(sh('[[ abc; echo $?; [[ a -a "" ]]; echo $?')).toEqual(['2\n2\n', 'sh: missing ]]\nsh: -a: unknown operand\n', 0]);
  });
});

describe('test', () => {
  it("reports test.c's errors with status 2", () => {
    expect(sh('[ 1 -lt a ]; echo $?; [ a = ]; echo $?; test 3 -lt 5 6; echo $?; [ a -o b -a "" ]; echo $?')).toEqual([
      '2\n2\n2\n0\n',
      'sh: a: bad number\nsh: =: argument expected\nsh: 6: unknown operand\n',
      0,
    ]);
  });
});
