import { describe, expect, it } from 'vitest';
import { startShSession } from './sh-session';
import { start, testCtx, testFs } from '../test-support';

const sh = (script: string, over = {}) => start(['sh', '-c', script], over);

describe('sh -c', () => {
  it('runs a list with stderr redirection and an exit code', () => {
    const r = sh('echo out; echo err >&2; exit 7');
    expect(r.stdout).toBe('out\n');
    expect(r.stderr).toBe('err\n');
    expect(r.run.exit).toEqual({ afterMs: 0, code: 7 });
  });
  it('honours && and || and $?', () => {
    expect(sh('false && echo no || echo yes; echo $?').stdout).toBe('yes\n0\n');
    expect(sh('false; echo $?').stdout).toBe('1\n');
  });
  it('expands variables, exports them and keeps quotes', () => {
    expect(sh('A=1; export B=2; echo "$A ${B}" \'$A\'; env').stdout).toBe(
      // ash's hash-table order, with SHLVL and PWD it sets itself.
      '1 2 $A\nSHLVL=1\nHOME=/root\nPATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin\nB=2\nPWD=/\n',
    );
  });
  it("expands an unquoted leading ~ to $HOME, and leaves it quoted, escaped or mid-word (~user is not modelled)", () => {
    expect(sh('echo ~ ~/x "~" \\~ a~; HOME=/tmp; echo ~').stdout).toBe('/root /root/x ~ ~ a~\n/tmp\n');
  });
  it('adds the time external programs spend', () => {
    expect(sh('sleep 2; echo hi; sleep 1').run.exit).toEqual({ afterMs: 3000, code: 0 });
  });
  it('blocks on a program that never returns', () => {
    expect(sh('echo start; sleep infinity; echo never').run).toEqual({ out: [{ stream: 'stdout', text: 'start\n', atMs: 0 }] });
  });
  it('reports a missing command with 127', () => {
    const r = sh('nosuch');
    expect(r.stderr).toBe('sh: nosuch: not found\n');
    expect(r.run.exit?.code).toBe(127);
  });
  it('cd and pwd builtins, pipes and command substitution', () => {
    expect(sh('cd /etc; pwd; echo $(hostname) | cat').stdout).toBe('/etc\nnode1\n');
  });
  it('if, for and while', () => {
    expect(sh('for i in 1 2; do echo $i; done; if [ -d /etc ]; then echo dir; else echo no; fi').stdout).toBe('1\n2\ndir\n');
    expect(sh('while true; do sleep 1; done').run.exit).toBeUndefined();
  });
  it('redirects into files other commands read', () => {
    expect(sh('echo saved > /tmp/x; cat /tmp/x; echo gone >/dev/null').stdout).toBe('saved\n');
  });
  it('prints ash syntax errors', () => {
    const r = sh('echo "open');
    expect(r.run.exit?.code).toBe(2);
    expect(r.stderr).toMatch(/^sh: syntax error/);
  });
  it('runs a #! script through the shell', () => {
    const fs = testFs({ '/usr': { kind: 'dir', mode: 0o755 }, '/usr/sbin': { kind: 'dir', mode: 0o755 }, '/usr/sbin/nginx': { kind: 'file', mode: 0o755, content: '#!/bin/sh\necho "fake nginx: $@"\n' } });
    expect(start(['nginx', '-g', 'daemon off;'], { fs }).stdout).toBe('fake nginx: -g daemon off;\n');
  });
  it('exec replaces the shell: the script serves like the program it became', () => {
    const fs = testFs({
      '/usr': { kind: 'dir', mode: 0o755 },
      '/usr/sbin': { kind: 'dir', mode: 0o755 },
      '/usr/sbin/nginx': { kind: 'file', mode: 0o755, content: '#!/bin/sh\necho "fake nginx: $@"\nexec httpd -f -p 80 -h /www\n' },
      '/bin/httpd': { kind: 'symlink', mode: 0o777, content: 'busybox' },
    });
    const r = start(['nginx', '-g', 'daemon off;'], { fs });
    expect(r.stdout).toBe('fake nginx: -g daemon off;\n');
    expect(r.run.exit).toBeUndefined();
    expect(r.run.listens).toEqual([80]);
    expect(r.run.server).toBe('httpd');
    expect(r.run.serverArgs).toEqual(['httpd', '-f', '-p', '80', '-h', '/www']);
    expect(sh('exec echo replaced; echo never').stdout).toBe('replaced\n');
  });
  it('without -c and without a terminal reads its script from stdin, or waits', () => {
    expect(start(['sh'], { stdin: 'echo piped\n' }).stdout).toBe('piped\n');
    expect(start(['sh']).run.exit).toBeUndefined();
  });
});

describe('interactive sh', () => {
  it('keeps state between lines and exits with exit N', () => {
    const s = startShSession(testCtx(['sh']));
    expect(s.prompt()).toBe('/ # ');
    expect(s.input('cd /etc').out).toEqual([]);
    expect(s.prompt()).toBe('/etc # ');
    expect(s.input('echo inside; exit 5')).toEqual({ out: [{ stream: 'stdout', text: 'inside\n', atMs: 0 }], exitCode: 5, elapsedMs: 0, blocked: false, startMs: 0 });
  });

  it('reads lines with read, groups with braces, traps EXIT and kills itself', () => {
    expect(sh('echo a b c | { read x y; echo "[$x][$y]"; }').stdout).toBe('[a][b c]\n');
    expect(sh('printf "1\\n2\\n" | while read n; do echo "<$n>"; done').stdout).toBe('<1>\n<2>\n');
    expect(sh('trap "echo bye" EXIT; echo hi').stdout).toBe('hi\nbye\n');
    expect(sh('trap "echo t" TERM INT; trap').stdout).toBe("trap -- 'echo t' INT\ntrap -- 'echo t' TERM\n");
    const bad = sh('trap "echo x" BOGUS; echo $?');
    expect([bad.stdout, bad.stderr]).toEqual(['1\n', 'sh: trap: line 0: BOGUS: invalid signal specification\n']);
    expect(sh('kill 999; echo $?').stderr).toBe("sh: can't kill pid 999: No such process\n");
    // busybox 1.35's names, as Debian's build answers: io is POLL, a number past 31 keeps its digits.
    expect(sh('trap "echo x" 40 io sigusr1; trap').stdout).toBe("trap -- 'echo x' USR1\ntrap -- 'echo x' POLL\ntrap -- 'echo x' 40\n");
    // A trapped signal sent to itself runs its action once kill has complained about the rest.
    const own = sh('trap "echo hi" USR1; kill -USR1 $$ 99999; echo after');
    expect([own.stdout, own.stderr]).toEqual(['hi\nafter\n', "sh: can't kill pid 99999: No such process\n"]);
  });
});

describe('stdin shared between the shell and its children', () => {
  it('is taken only by a child that reads it, as the child itself reports', () => {
    expect(sh('cat /etc/passwd >/dev/null; read x; echo "got $x"', { stdin: 'one\ntwo\n' }).stdout).toBe('got one\n');
    expect(sh('head -n 1 /etc/passwd >/dev/null; read x; echo "got $x"', { stdin: 'one\n' }).stdout).toBe('got one\n');
    expect(sh('cat; read x; echo "got [$x]"', { stdin: 'one\n' }).stdout).toBe('one\ngot []\n');
    expect(sh('cat - >/dev/null; read x; echo "got [$x]"', { stdin: 'one\n' }).stdout).toBe('got []\n');
  });
});

describe('functions', () => {
  it('defines and calls them with their own positional arguments and return', () => {
    expect(sh('f() { echo hi; }; f').stdout).toBe('hi\n');
    const r = start(['sh', '-c', 'g() { echo "[$1][$2][$#]"; return 3; echo no; }; g a b; echo "st=$? $1"', 'zero', 'top']);
    expect(r.stdout).toBe('[a][b][2]\nst=3 top\n');
    expect(sh('m() { for i in 1 2 3; do [ $i = 2 ] && return 7; echo $i; done; }; m; echo $?').stdout).toBe('1\n7\n');
    expect(sh('k() { return; }; false; k; echo $?').stdout).toBe('1\n');
    expect(sh('n()\n{\necho multi\n}\nn').stdout).toBe('multi\n');
  });
  it('ends a script on a return outside any function, as exit does', () => {
    const r = sh('return 4; echo after');
    expect(r.stdout).toBe('');
    expect(r.run.exit?.code).toBe(4);
  });
});

describe('memory', () => {
  it('is killed with SIGKILL like the cgroup OOM killer once it holds more than its budget', () => {
    const r = sh('echo start; x=a; while true; do x="$x$x"; done; echo never');
    expect(r.stdout).toBe('start\n');
    expect(r.run.exit).toEqual({ afterMs: 0, code: 137, signal: 9 });
    expect(sh('x=aaaaaaaaaaaaaaaa; while true; do x="$x$x$x$x$x$x$x$x$x$x$x$x$x$x$x$x$x$x$x$x$x$x$x$x$x$x$x$x$x$x$x$x"; done').run.exit?.code).toBe(137);
    expect(sh('x=a; while true; do x="$x$(echo $x)"; done').run.exit?.code).toBe(137);
  });
  it('counts what the shell prints', () => {
    const r = sh(`x=a; for i in ${'i '.repeat(24)}; do x="$x$x"; done; while true; do echo $x; done`);
    expect(r.run.exit?.code).toBe(137);
    expect(r.stdout.length).toBeLessThanOrEqual(64 * 1024 * 1024);
    expect(r.stdout.length).toBeGreaterThan(32 * 1024 * 1024);
  });
});
