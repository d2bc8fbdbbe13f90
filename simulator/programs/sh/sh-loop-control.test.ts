// break, continue, eval and . as busybox ash runs them (busybox 1.35's sh on the oracle machine;
// oracle 103 holds them against the container's busybox).
import { describe, expect, it } from 'vitest';
import { start, testFs } from '../test-support';

const sh = (script: string, over = {}) => {
  const r = start(['sh', '-c', script], over);
  return [r.stdout, r.stderr, r.run.exit?.code];
};

describe('break and continue', () => {
  it('leave or go on with the Nth loop out, and do nothing outside loops', () => {
    expect(sh('for i in 1 2 3 4; do [ $i = 2 ] && continue; [ $i = 4 ] && break; echo $i; done; echo rc $?')[0]).toBe('1\n3\nrc 0\n');
    expect(sh('i=0; while true; do i=$((i+1)); [ $i -gt 2 ] && break; done; echo $i')[0]).toBe('3\n');
    expect(sh('for i in 1 2; do for j in a b; do [ $j = b ] && continue 2; echo $i$j; done; done; for i in 1 2; do while true; do break 2; done; echo no; done; echo end')[0]).toBe('1a\n2a\nend\n');
    expect(sh('break; echo $?; break 0; echo no')).toEqual(['0\n', 'sh: break: line 0: Illegal number: 0\n', 2]);
  });
});

describe('eval and .', () => {
  it('run their text in this shell', () => {
    expect(sh("eval 'x=5; echo $x'; cmd='echo hi'; eval $cmd; eval \"echo \\$x\"")[0]).toBe('5\nhi\n5\n');
    const fs = testFs({ '/lib.sh': { kind: 'file', mode: 0o644, content: 'greet() { echo hello $1; }\nv=7\n' } });
    expect(sh('. /lib.sh; greet you; echo $v; source /nonexist; echo no', { fs })).toEqual(['hello you\n7\n', "sh: source: line 0: can't open '/nonexist': No such file or directory\n", 2]);
  });
});

describe('words', () => {
  it('backquotes, assignments kept whole, ${…} with spaces, nested quotes in $(…)', () => {
    expect(sh('echo `echo back` "`echo q`"; x=$(echo a; echo b); echo "$x"; s="hello world"; echo ${s#* }; echo "$(echo "nested "quotes"")"')[0]).toBe(
      'back q\na\nb\nworld\nnested quotes\n',
    );
  });
  it('set -u, LINENO and echo -e escapes', () => {
    expect(sh('set -u; echo ${undefined_var}; echo no')).toEqual(['', 'sh: undefined_var: parameter not set\n', 2]);
    expect(sh('echo $LINENO\necho $LINENO')[0]).toBe('0\n1\n');
    expect(sh("echo -e 'a\\x41\\0101\\tb\\c'; echo after")[0]).toBe('aAA\tbafter\n');
  });
});
