// ( … ) subshells, exec's lasting redirections, umask and times, as busybox ash runs them
// (checked against the busybox image's sh on the oracle node; oracle 108 holds them there).
import { describe, expect, it } from 'vitest';
import type { ContainerFile, ContainerFs } from '../program';
import { start, testFs } from '../test-support';

const sh = (script: string, over = {}) => {
  const r = start(['sh', '-c', script], over);
  return [r.stdout, r.stderr, r.run.exit?.code];
};

/** A test fs that keeps writes, with the applets these scripts use. */
function writableFs(): ContainerFs {
  const files = new Map<string, ContainerFile | null>();
  const link = { kind: 'symlink', content: 'busybox', mode: 0o777 } as const;
  const base = testFs(Object.fromEntries(['mkdir', 'touch', 'wc'].map((a) => [`/bin/${a}`, link])));
  return {
    ...base,
    lookup: (p) => (files.has(p) ? (files.get(p) ?? undefined) : base.lookup(p)),
    write: (p, f) => (files.set(p, f), true),
    remove: (p) => (files.set(p, null), true),
  };
}

describe('( … ) subshells', () => {
  it('keep their variables, cwd, options and exit inside, and give back their status', () => {
    expect(sh('x=1; (x=2; echo in $x); echo out $x; (cd /etc; pwd); pwd; (exit 3); echo rc $?; (false) || echo f')[0]).toBe('in 2\nout 1\n/etc\n/\nrc 3\nf\n');
    expect(sh('( ( echo deep ) ); (echo err >&2) 2>&1; ( set -e; false; echo no ); echo after $?')).toEqual(['deep\nerr\nafter 1\n', '', 0]);
    expect(sh('(echo a; echo b) | wc -l', { fs: writableFs() })[0]).toBe('2\n');
    expect(sh('f() (echo fsub $1); f q; (exit 4) && echo no || echo st $?')[0]).toBe('fsub q\nst 4\n');
    expect(sh('(trap "echo bye" EXIT; echo t); echo end')[0]).toBe('t\nbye\nend\n');
  });
  it('are what every member of a pipeline runs in, the last one too (busybox 1.35 sh on the host; oracle 168)', () => {
    expect(sh('echo abc | read v; echo "[$v]"; true | exit 5; echo after $?; echo x | cd /etc; pwd; echo x | f() { :; }; f')).toEqual([
      '[]\nafter 5\n/\n',
      'sh: f: not found\n',
      127,
    ]);
  });
  it('are where `cd -` comes back from: it goes to $OLDPWD and prints it', () => {
    expect(sh('cd -; cd /etc; cd -; echo $OLDPWD; cd - >/dev/null; pwd')[0]).toBe('/\n/\n/etc\n/etc\n');
  });
  it('are syntax errors when empty or left open', () => {
    expect(sh('echo a; ()')).toEqual(['', 'sh: syntax error: unexpected ")"\n', 2]);
    expect(sh('(echo a')).toEqual(['', 'sh: syntax error: unexpected end of file (expecting ")")\n', 2]);
  });
});

describe('exec with redirections only', () => {
  it('redirects every later command, in the order the dups were made', () => {
    expect(sh('exec >/tmp/o; echo hidden; ls /nonexist; exec >&2; cat /tmp/o')).toEqual(['', 'ls: /nonexist: No such file or directory\nhidden\n', 0]);
    expect(sh('exec 2>&1; ls /nonexist; echo rc $?')).toEqual(['ls: /nonexist: No such file or directory\nrc 1\n', '', 0]);
    expect(sh('exec 3>/tmp/x; echo one >&3; echo two >&3; cat /tmp/x')[0]).toBe('one\ntwo\n');
  });
  it('opens descriptors for reading that the readers share, and closes them', () => {
    const script = 'echo line1 > /tmp/f; echo line2 >> /tmp/f; exec 3</tmp/f; read a <&3; read b <&3; echo "$a|$b"; exec 3<&-; read c <&3; echo rc $?';
    expect(sh(script)).toEqual(['line1|line2\nrc 1\n', 'sh: 3: Bad file descriptor\n', 0]);
  });
  it('ends the shell when a file cannot be opened (a special builtin)', () => {
    expect(sh('exec 3</nonexist; echo after $?')).toEqual(['', "sh: can't open /nonexist: no such file\n", 1]);
    expect(sh('echo hi >&5; echo rc $?')).toEqual(['rc 1\n', 'sh: 5: Bad file descriptor\n', 0]);
  });
});

describe('umask and times', () => {
  it('prints and sets the mask, octal or symbolic, and refuses what is no mode', () => {
    expect(sh('umask; umask 077; umask; umask -S; umask 0022; umask -S; umask u=rwx,g=rx,o=; umask; umask 999; echo rc $?')).toEqual([
      '0022\n0077\nu=rwx,g=,o=\nu=rwx,g=rx,o=rx\n0027\nrc 2\n',
      'sh: umask: line 0: illegal mode: 999\n',
      0,
    ]);
  });
  it('gives the files the shell and its children create their mode', () => {
    const fs = writableFs();
    sh('umask 077; touch /tmp/a; mkdir /tmp/d; echo x > /tmp/r', { fs });
    expect([fs.lookup('/tmp/a')?.mode, fs.lookup('/tmp/d')?.mode, fs.lookup('/tmp/r')?.mode]).toEqual([0o600, 0o700, 0o600]);
  });
  it('times prints the shell and children CPU times the node does not account', () => {
    expect(sh('times; echo rc $?')[0]).toBe('0m0.000s 0m0.000s\n0m0.000s 0m0.000s\nrc 0\n');
  });
});

describe('syntax errors', () => {
  it('come after the lines before them ran, with the line in a file, and end the shell', () => {
    expect(sh('echo a\nif then\necho no')).toEqual(['a\n', 'sh: syntax error: unexpected "then"\n', 2]);
    const fs = testFs({
      '/tmp/f': { kind: 'file', mode: 0o644, content: 'echo ok\nfoo() {\n' },
      '/tmp/q': { kind: 'file', mode: 0o644, content: 'echo a\necho "unterminated\n' },
    });
    expect(sh('cd /tmp; . ./f; echo rc $?', { fs })).toEqual(['ok\n', 'sh: ./f: line 3: syntax error: unexpected end of file (expecting "}")\n', 2]);
    expect(start(['sh', '/tmp/q'], { fs }).run.exit?.code).toBe(2);
    expect(start(['sh', '/tmp/q'], { fs }).stderr).toBe('/tmp/q: line 3: syntax error: unterminated quoted string\n');
  });
  it('name the sourced file in its errors, and a name found nowhere on $PATH is not found', () => {
    const fs = testFs({ '/tmp/l.sh': { kind: 'file', mode: 0o644, content: 'echo in\nnosuch\nshift 5\necho $LINENO\n' } });
    // ash's shift past $# fails silently; after the file, commandname is gone again.
    expect(sh('. /tmp/l.sh; echo back $?; nosuch2', { fs })).toEqual(['in\n4\nback 0\n', 'sh: /tmp/l.sh: line 2: nosuch: not found\nsh: nosuch2: not found\n', 127]);
    expect(sh('cd /tmp; . p.sh; echo no')).toEqual(['', 'sh: .: line 0: p.sh: not found\n', 2]);
  });
});
