import { describe, expect, it } from 'vitest';
import { resolveExecutable } from './launch';
import { start, testCtx } from './test-support';

describe('resolveExecutable', () => {
  it('finds applets through PATH and names them by their link', () => {
    expect(resolveExecutable(testCtx([]), 'ls')).toEqual({ kind: 'found', path: '/bin/ls', program: 'ls' });
  });
  it('reports a name missing from PATH and a missing path differently', () => {
    expect(resolveExecutable(testCtx([]), 'pwd').kind).toBe('not-in-path');
    expect(resolveExecutable(testCtx([]), '/nonexistent').kind).toBe('no-such-file');
  });
});

describe('simple programs', () => {
  it('echo prints its arguments and exits 0 at once', () => {
    const r = start(['echo', 'hello', 'world']);
    expect(r.stdout).toBe('hello world\n');
    expect(r.run.exit).toEqual({ afterMs: 0, code: 0 });
  });
  it('sleep ends after its duration, infinity never', () => {
    expect(start(['sleep', '3600']).run.exit).toEqual({ afterMs: 3_600_000, code: 0 });
    expect(start(['sleep', 'infinity']).run.exit).toBeUndefined();
  });
  it('false exits 1', () => {
    expect(start(['false']).run.exit?.code).toBe(1);
  });
  it('ls lists the root', () => {
    expect(start(['ls', '/']).stdout).toBe('bin\netc\nroot\ntmp\n');
  });
  it('cat prints a file and waits on an open stdin', () => {
    expect(start(['cat', '/etc/os-release']).stdout).toBe('NAME="Alpine Linux"\n');
    expect(start(['cat']).run.exit).toBeUndefined();
    expect(start(['cat'], { stdin: 'piped\n' }).stdout).toBe('piped\n');
    expect(start(['cat', '/nope']).stderr).toBe("cat: can't open '/nope': No such file or directory\n");
  });
  it('env prints the environment in order', () => {
    expect(start(['env'], { env: ['PATH=/bin', 'FOO=bar'] }).stdout).toBe('PATH=/bin\nFOO=bar\n');
  });
  it('id and hostname', () => {
    // testFs has /etc/passwd but no /etc/group: the group ids stay unnamed, as busybox prints them.
    expect(start(['id']).stdout).toBe('uid=0(root) gid=0 groups=0\n');
    expect(start(['hostname']).stdout).toBe('node1\n');
  });
  it('ps shows the container processes', () => {
    expect(start(['ps']).stdout).toBe('PID   USER     COMMAND\n    1 root     ps\n');
  });
  it('ps -o picks columns and shows an applet run by a shell as {name}', () => {
    const processes = () => [{ pid: 1, user: 'root', args: ['sh', '-c', 'ps'], comm: 'ps' }];
    expect(start(['ps'], { processes }).stdout).toBe('PID   USER     COMMAND\n    1 root     {ps} sh -c ps\n');
    // -o args reads the command line as busybox's read_cmdline does: {comm} first when it differs.
    expect(start(['ps', '-o', 'pid,comm,args'], { processes }).stdout).toBe('PID   COMMAND          COMMAND\n    1 ps               {ps} sh -c ps\n');
  });
  it('head and tail cut lines from stdin or files, and cat waits on a stdin left open', () => {
    expect(start(['head', '-n', '1'], { stdin: 'a\nb\n' }).stdout).toBe('a\n');
    expect(start(['tail', '-1'], { stdin: 'a\nb\n' }).stdout).toBe('b\n');
    expect(start(['tail', '-n', '+2'], { stdin: 'a\nb\nc\n' }).stdout).toBe('b\nc\n');
    expect(start(['tail'], { stdin: 'a\n', stdinOpen: true }).run.exit).toBeUndefined();
    const cat = start(['cat'], { stdin: 'piped\n', stdinOpen: true });
    expect([cat.stdout, cat.run.exit]).toEqual(['piped\n', undefined]);
  });
});
