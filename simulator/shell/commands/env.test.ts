// env, printenv and export -p against bash 5.2.15 and coreutils 9.1 on Debian bookworm. The
// expectations were recorded on a bookworm machine from a login environment like node1's:
//
//   cd /root && env -i HOME=/root USER=root LOGNAME=root SHELL=/bin/bash \
//     PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin TERM=xterm-256color \
//     LANG=C.UTF-8 bash --norc --noprofile -c 'env; echo ---; export -p; …'
//
// one command after another in one shell, as the lines below run in one session.

import { describe, expect, it } from 'vitest';
import { createSession } from '../../index';

const PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

/** `env` of a fresh login shell in /root (recorded). */
const LOGIN_ENV = `SHELL=/bin/bash
PWD=/root
LOGNAME=root
HOME=/root
LANG=C.UTF-8
TERM=xterm-256color
USER=root
SHLVL=1
PATH=${PATH}
_=/usr/bin/env
`;

/** `export -p` of the same shell (recorded): OLDPWD exported without a value, no HOSTNAME. */
const LOGIN_EXPORT_P = `declare -x HOME="/root"
declare -x LANG="C.UTF-8"
declare -x LOGNAME="root"
declare -x OLDPWD
declare -x PATH="${PATH}"
declare -x PWD="/root"
declare -x SHELL="/bin/bash"
declare -x SHLVL="1"
declare -x TERM="xterm-256color"
declare -x USER="root"
`;

/** `env` after `cd /tmp` (recorded): PWD changed in place, and bash appends the new OLDPWD to the array it keeps. */
const AFTER_CD_ENV = `${LOGIN_ENV.replace('PWD=/root\n', 'PWD=/tmp\n')}OLDPWD=/root\n`;

/** After `export A=$'x\ty' B="q\"\$"`: `env -u HOME -u PATH` (recorded), in hash order again. */
const AFTER_EXPORT_ENV = `SHELL=/bin/bash
PWD=/tmp
LOGNAME=root
B=q"$
A=x\ty
LANG=C.UTF-8
TERM=xterm-256color
USER=root
SHLVL=1
OLDPWD=/root
_=/usr/bin/env
`;

async function run(s: ReturnType<typeof createSession>, line: string) {
  const r = await s.run(line);
  return { out: r.stdout, err: r.stderr, code: r.exitCode };
}

describe('env, printenv and export -p show what bash shows', () => {
  it('lists only the exported environment, in bash order, before and after cd and export', async () => {
    const s = createSession({ seed: 1, frozenClock: true });
    expect(await run(s, 'env')).toEqual({ out: LOGIN_ENV, err: '', code: 0 });
    expect(await run(s, 'export -p')).toEqual({ out: LOGIN_EXPORT_P, err: '', code: 0 });
    expect(await run(s, 'export')).toEqual({ out: LOGIN_EXPORT_P, err: '', code: 0 });
    // HOSTNAME is a shell variable in bash, not exported.
    expect(await run(s, 'printenv HOSTNAME; echo "rc=$?"; printenv HOME SHLVL')).toEqual({ out: 'rc=1\n/root\n1\n', err: '', code: 0 });
    expect(await run(s, 'echo $HOSTNAME')).toEqual({ out: 'node1\n', err: '', code: 0 });
    await s.run('cd /tmp');
    expect(await run(s, 'env')).toEqual({ out: AFTER_CD_ENV, err: '', code: 0 });
    await s.run(`export A=$'x\\ty' B="q\\"\\$"`);
    expect(await run(s, 'export -p | grep -E "^declare -x (A|B)="')).toEqual({ out: `declare -x A=$'x\\ty'\ndeclare -x B="q\\"\\$"\n`, err: '', code: 0 });
    expect(await run(s, 'env -u HOME -u PATH')).toEqual({ out: AFTER_EXPORT_ENV, err: '', code: 0 });
    expect(await run(s, 'env -i X=1 Y=2')).toEqual({ out: 'X=1\nY=2\n', err: '', code: 0 });
    expect(await run(s, 'env PWD=/x | grep PWD')).toEqual({ out: 'PWD=/x\nOLDPWD=/root\n', err: '', code: 0 });
    expect(await run(s, 'printenv | tail -2')).toEqual({ out: 'OLDPWD=/root\n_=/usr/bin/printenv\n', err: '', code: 0 });
  });

  it('never shows the shell-internal variables in the environment', async () => {
    const s = createSession({ seed: 1, frozenClock: true });
    const { out } = await run(s, 'LOCAL=1; env; printenv');
    for (const name of ['?', 'IFS', 'SHELLOPTS', 'BASHOPTS', 'OPTIND', 'OSTYPE', 'MACHTYPE', 'HOSTTYPE', 'HOSTNAME', 'LOCAL']) {
      expect(out.split('\n').some((l) => l.startsWith(`${name}=`))).toBe(false);
    }
  });

  it('runs a command with the environment it gives, as coreutils env does', async () => {
    const s = createSession({ seed: 1, frozenClock: true });
    expect(await run(s, 'env FOO=bar printenv FOO')).toEqual({ out: 'bar\n', err: '', code: 0 });
    expect(await run(s, 'env -i FOO=1 env')).toEqual({ out: 'FOO=1\n', err: '', code: 0 });
    expect(await run(s, 'env FOO=bar env | tail -3')).toEqual({ out: 'SHLVL=1\n_=/usr/bin/env\nFOO=bar\n', err: '', code: 0 });
    expect(await run(s, 'env -i FOO=1 nosuch')).toEqual({ out: '', err: 'env: ‘nosuch’: No such file or directory\n', code: 127 });
    expect(await run(s, 'echo hi | env cat')).toEqual({ out: 'hi\n', err: '', code: 0 });
    // The login shell's own exports are untouched by what env did.
    expect(await run(s, 'env -u HOME true; printenv HOME; env | grep -c PWD=')).toEqual({ out: '/root\n1\n', err: '', code: 0 });
  });

  it('set and declare -p list the variables as bash does', async () => {
    const s = createSession({ seed: 1, frozenClock: true });
    // Recorded as above: `set | grep -E "^(HOME|…|USER|\?)="` (bash -c is not interactive, so
    // its SHELLOPTS lacks the interactive options, as the node's shell does).
    const names = 'HOME|HOSTTYPE|IFS|LANG|LOGNAME|MACHTYPE|OLDPWD|OPTIND|OSTYPE|PATH|PWD|SHELL|SHELLOPTS|SHLVL|TERM|USER|\\?';
    expect(await run(s, `set | grep -E "^(${names})="`)).toEqual({
      out: `HOME=/root
HOSTTYPE=x86_64
IFS=$' \\t\\n'
LANG=C.UTF-8
LOGNAME=root
MACHTYPE=x86_64-pc-linux-gnu
OPTIND=1
OSTYPE=linux-gnu
PATH=${PATH}
PWD=/root
SHELL=/bin/bash
SHELLOPTS=braceexpand:hashall:interactive-comments
SHLVL=1
TERM=xterm-256color
USER=root
`,
      err: '',
      code: 0,
    });
    // Recorded: `declare -p | grep -E "^declare -[a-z-]+ (HOME|…|\?)\b"`; the hostname is node1's.
    expect(await run(s, 'declare -p | grep -E "^declare -[a-z-]+ (HOME|HOSTNAME|IFS|OLDPWD|PATH|SHLVL|USER|\\?)\\b"')).toEqual({
      out: `declare -x HOME="/root"
declare -- HOSTNAME="node1"
declare -- IFS=$' \\t\\n'
declare -x OLDPWD
declare -x PATH="${PATH}"
declare -x SHLVL="1"
declare -x USER="root"
`,
      err: '',
      code: 0,
    });
    expect(await run(s, 'X=1; cd /tmp; set | grep -E "^(X|OLDPWD)="')).toEqual({ out: 'OLDPWD=/root\nX=1\n', err: '', code: 0 });
    expect(await run(s, 'set > /tmp/vars; grep -c "^TERM=" /tmp/vars')).toEqual({ out: '1\n', err: '', code: 0 });
  });

  it('cd - goes back to $OLDPWD and says so, or says OLDPWD is not set yet', async () => {
    const s = createSession({ seed: 1, frozenClock: true });
    // Recorded: `cd -` in a fresh login shell.
    expect(await run(s, 'cd -')).toEqual({ out: '', err: 'bash: cd: OLDPWD not set\n', code: 1 });
    await s.run('cd /tmp');
    expect(await run(s, 'cd -')).toEqual({ out: '/root\n', err: '', code: 0 });
    expect(await run(s, 'cd - >/dev/null; pwd')).toEqual({ out: '/tmp\n', err: '', code: 0 });
  });
});
