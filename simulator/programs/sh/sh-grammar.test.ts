import { describe, expect, it } from 'vitest';
import { start, testCtx, testFs } from '../test-support';
import { startShSession } from './sh-session';

const sh = (script: string, args: string[] = []) => start(['sh', '-c', script, 'sh', ...args]);

describe('case … esac', () => {
  it('runs the first item whose glob matches, with | alternatives and quoted literals', () => {
    const script = 'case "$1" in *.yaml|*.yml) echo config ;; serve|-*) echo flag ;; "a*") echo literal ;; *) echo other ;; esac';
    expect(sh(script, ['/etc/docker/registry/config.yml']).stdout).toBe('config\n');
    expect(sh(script, ['-v']).stdout).toBe('flag\n');
    expect(sh(script, ['a*']).stdout).toBe('literal\n');
    expect(sh(script, ['ab']).stdout).toBe('other\n');
  });
  it('matches nothing without a default and leaves status 0; a missing esac is a syntax error', () => {
    expect(sh('false; case x in y) echo y;; esac; echo $?').stdout).toBe('0\n');
    expect(sh('case x in y) echo y;;').run.exit?.code).toBe(2);
  });
});

describe('set', () => {
  it('set -- replaces the positional parameters (the registry entrypoint)', () => {
    expect(sh('set -- registry serve "$@"; echo $# $1 $2 $3', ['/etc/docker/registry/config.yml']).stdout).toBe('3 registry serve /etc/docker/registry/config.yml\n');
  });
  it('set -e ends the shell at the first failing command that is not a condition', () => {
    const r = sh('set -e; echo a; false; echo never');
    expect(r.stdout).toBe('a\n');
    expect(r.run.exit?.code).toBe(1);
    expect(sh('set -e; if false; then :; fi; false || echo rescued; ! false; echo end').stdout).toBe('rescued\nend\n');
  });
  it('set -x traces each command on stderr; -o pipefail fails a pipeline with its failing member', () => {
    const r = sh('set -eux; echo "$HOME"');
    expect(r.stderr).toBe('+ echo /root\n');
    expect(sh('false | true; echo $?; set -o pipefail; false | true; echo $?').stdout).toBe('0\n1\n');
  });
  it('rejects an unknown option as ash does', () => {
    // busybox 1.35 in a container: `/bin/sh: set: line 0: illegal option -Q` (61-sh-arg0.sh).
    const r = sh('set -Q');
    expect(r.stderr).toBe('sh: set: line 0: illegal option -Q\n');
    expect(r.run.exit?.code).toBe(2);
  });
});

describe('interactive shell dialects', () => {
  it("busybox sh in alpine shows alpine's own busybox build in its banner", () => {
    const fs = testFs({ '/lib/apk/db/installed': { kind: 'file', mode: 0o644, content: 'P:musl\nV:1.2.5-r9\n\nP:busybox\nV:1.37.0-r12\nt:1737137521\n\n' } });
    const s = startShSession(testCtx(['sh'], { fs }));
    expect(s.banner).toContain('BusyBox v1.37.0 (2025-01-17 18:12:01 UTC) built-in shell (ash)');
    expect(s.prompt()).toBe('/ # ');
  });
  it("Debian's sh is dash (prompt `# `, no banner); bash shows user@host:dir#", () => {
    const fs = testFs({
      '/usr': { kind: 'dir', mode: 0o755 },
      '/usr/bin': { kind: 'dir', mode: 0o755 },
      '/usr/bin/dash': { kind: 'file', mode: 0o755, size: 1 },
      '/usr/bin/bash': { kind: 'file', mode: 0o755, size: 1 },
      '/usr/bin/sh': { kind: 'symlink', mode: 0o777, content: 'dash' },
    });
    const env = ['PATH=/usr/bin', 'HOME=/root'];
    const dash = start(['sh'], { fs, env, terminal: true });
    expect(dash.stdout).toBe('# ');
    const bash = startShSession(testCtx(['bash'], { fs, env, hostname: 'web1' }));
    expect(bash.banner).toBe('');
    expect(bash.prompt()).toBe('root@web1:/# ');
    bash.input('cd /root');
    expect(bash.prompt()).toBe('root@web1:~# ');
  });
});

describe('"$@"', () => {
  it('gives one field per positional parameter, and none when there are none', () => {
    expect(sh('for a in "$@"; do echo "[$a]"; done', ['a b', 'c']).stdout).toBe('[a b]\n[c]\n');
    expect(sh('set -- x "$@"; echo $#', ['one two']).stdout).toBe('2\n');
    expect(sh('for a in "$@"; do echo "[$a]"; done; echo end').stdout).toBe('end\n');
  });
});

describe('pathname expansion', () => {
  it('expands unquoted patterns against the container\'s files, sorted; quoted or unmatched stay as typed', () => {
    expect(sh('echo /bin/s*').stdout).toBe('/bin/sh /bin/sleep\n');
    expect(sh('cd /etc && echo *s*').stdout).toBe('os-release passwd\n');
    expect(sh('echo "/bin/s*" /nope/*').stdout).toBe('/bin/s* /nope/*\n');
    expect(sh('set -f; echo /bin/s*').stdout).toBe('/bin/s*\n');
  });
});

describe('here-documents, $\'…\', redirected compound commands and quoted empty words', () => {
  it('feeds a here-document to a command, expanded unless its delimiter is quoted, tabs stripped by <<-', () => {
    const script = 'cat <<EOF\nhi $HOME $((1+2)) "q"\nEOF\ncat <<\'EOF\'\nhi $HOME\nEOF\n\tcat <<-EOF\n\ttabbed\n\tEOF\nwhile read l; do echo "[$l]"; done <<EOF\na b\nc\nEOF';
    expect(sh(script).stdout).toBe('hi /root 3 "q"\nhi $HOME\ntabbed\n[a b]\n[c]\n');
  });
  it("reads $'…' escapes and leaves it alone inside double quotes", () => {
    expect(sh("echo $'a\\tb|\\x41\\101|\\q' \"$'x'\"").stdout).toBe("a\tb|AA|\\q $'x'\n");
  });
  it('sends a function or group through its own redirections', () => {
    expect(sh('f() { echo to-err; } >&2; f 2>/dev/null; echo done; { echo grouped; } >&2')).toMatchObject({ stdout: 'done\n', stderr: 'grouped\n' });
  });
  it('keeps "" and \'\' as empty fields; "$@" without parameters makes none', () => {
    expect(sh('test -n "" || echo empty; echo "[" "" \'\' "$nope" "]"; set -- ""; echo $#; set --; for a in "$@"; do echo no; done').stdout).toBe('empty\n[    ]\n1\n');
  });
  it('splits on IFS and joins "$*" with its first character', () => {
    expect(sh('set -- a b c; IFS=,; echo "$*"; IFS=; echo "$*"; IFS=:; x=a:b::c; for i in $x; do echo "[$i]"; done').stdout).toBe('a,b,c\nabc\n[a]\n[b]\n[]\n[c]\n');
  });
  it('expands $((…)) whose text holds a quoted command substitution', () => {
    expect(sh('x=2; echo $(( $(echo "3") + x ))').stdout).toBe('5\n');
  });
});
