// ash's message prefixes: `sh -c` against a script file (busybox 1.35's sh on the oracle machine).
import { describe, expect, it } from 'vitest';
import { start, testFs } from '../test-support';

describe('error prefixes', () => {
  it('a script file names itself and the line; sh -c says sh, with a line for builtins only', () => {
    const fs = testFs({ '/s.sh': { kind: 'file', mode: 0o755, content: 'echo a\nnosuch\necho ${u?}\n' }, '/t.sh': { kind: 'file', mode: 0o755, content: 'echo a\nshift x\n' } });
    expect(start(['sh', '/s.sh'], { fs }).stderr).toBe('/s.sh: line 2: nosuch: not found\n/s.sh: line 3: u: parameter not set\n');
    expect(start(['sh', '/t.sh'], { fs }).stderr).toBe('/t.sh: shift: line 2: Illegal number: x\n');
    expect(start(['sh', '-c', 'echo a\nnosuch\nshift x']).stderr).toBe('sh: nosuch: not found\nsh: shift: line 2: Illegal number: x\n');
  });

  // Measured with busybox 1.35's sh in a container (tests/oracle/docker/scripts/61-sh-arg0.sh).
  it('starts with the argv[0] the shell was given, or the NAME after -c STRING', () => {
    expect(start(['/bin/sh', '-c', 'nosuchcmd']).stderr).toBe('/bin/sh: nosuchcmd: not found\n');
    expect(start(['sh', '-c', 'nosuchcmd', 'foo']).stderr).toBe('foo: line 0: nosuchcmd: not found\n');
    expect(start(['sh', '-c', 'echo a; nosuch; shift x', 'name0'])).toMatchObject({ stdout: 'a\n', stderr: 'name0: line 0: nosuch: not found\nname0: shift: line 0: Illegal number: x\n' });
    expect(start(['/bin/sh', '-c', 'cd /nope; exit x']).stderr).toBe("/bin/sh: cd: line 0: can't cd to /nope: No such file or directory\n/bin/sh: exit: line 0: Illegal number: x\n");
    expect(start(['/bin/sh', '-c', 'echo $((1/0))']).stderr).toBe('/bin/sh: divide by zero\n');
    expect(start(['/bin/sh', '-c', 'echo hi >&5']).stderr).toBe('/bin/sh: 5: Bad file descriptor\n');
    expect(start(['/bin/sh', '-c', 'if then']).stderr).toBe('/bin/sh: syntax error: unexpected "then"\n');
    expect(start(['/bin/sh', '/nope.sh']).stderr).toBe("/bin/sh: can't open '/nope.sh': No such file or directory\n");
    expect(start(['/bin/sh', '-c']).stderr).toBe('/bin/sh: -c requires an argument\n');
  });

  it('leaves the applets ash runs as builtins saying sh (bb_error_msg)', () => {
    expect(start(['/bin/sh', '-c', 'kill -BOGUS 1; kill -s NOPE 1; printf; ulimit -n abc']).stderr).toBe(
      "sh: bad signal name 'BOGUS'\nsh: bad signal name 'NOPE'\nsh: usage: printf FORMAT [ARGUMENT...]\nsh: invalid number 'abc'\n",
    );
  });
});
