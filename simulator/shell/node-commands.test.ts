// node1 has the commands a Debian bookworm node with containerd has, and no message a learner
// can reach names the shell library, its settings or a path of its own.

import { describe, expect, it } from 'vitest';
import { createSession } from '../index';
import { NODE_UTILITIES } from './node-commands';

/** The shell library's commands that a bookworm node does not have. */
const REMOVED = ['python', 'js-exec', 'node', 'sqlite3', 'rg', 'jq', 'yq', 'xan', 'tree', 'strings', 'html-to-markdown'];

/** Words that would show the library through: its name, settings, internal paths. */
const LIBRARY_WORDS = /just-bash|just_bash|executionLimits|maxCommandCount|Node\.js|browser environments|\/home\/user|internal simulator error/;

function fresh() {
  return createSession({ seed: 7, frozenClock: true });
}

describe('a curated node', () => {
  it('answers a command bookworm lacks as bash does: command not found, 127', async () => {
    const s = fresh();
    for (const name of REMOVED) {
      const r = await s.run(`${name} --version`);
      expect({ name, ...r }).toEqual({ name, stdout: '', stderr: `bash: ${name}: command not found\n`, exitCode: 127 });
    }
    // The same through a pipe and under timeout, which words it its own way.
    expect(await s.run('sqlite3 2>&1 | cat')).toEqual({ stdout: 'bash: sqlite3: command not found\n', stderr: '', exitCode: 0 });
    expect(await s.run('timeout 5 python')).toEqual({ stdout: '', stderr: 'timeout: failed to run command ‘python’: No such file or directory\n', exitCode: 127 });
  });

  it('has python3 as bookworm has it, and says running Python is not simulated', async () => {
    const s = fresh();
    expect(await s.run('python3 --version')).toEqual({ stdout: 'Python 3.11.2\n', stderr: '', exitCode: 0 });
    const r = await s.run("python3 -c 'print(1)'");
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toMatch(/^python3: running Python is not simulated here .*\n$/);
    expect((await s.run('which python3')).stdout).toBe('/usr/bin/python3\n');
  });

  it('lists in /usr/bin and completes only what is on the node', async () => {
    const s = fresh();
    const listed = (await s.run('ls /usr/bin')).stdout.split('\n');
    // (`time` stays bash's keyword; /usr/bin/time is an optional package.)
    for (const name of [...REMOVED, 'time', 'alias', 'help', 'history']) expect({ name, listed: listed.includes(name) }).toEqual({ name, listed: false });
    for (const name of ['awk', 'bash', 'cat', 'ctr', 'env', 'grep', 'python3', 'sed', 'sh', 'tar', 'which', 'whoami']) {
      expect({ name, listed: listed.includes(name) }).toEqual({ name, listed: true });
    }
    expect(await s.complete('sq')).toEqual([]);
    expect(await s.complete('js')).toEqual([]);
    expect(await s.complete('pyth')).toEqual(['python3']);
    expect(await s.complete('wh')).toEqual(['which', 'whoami']);
  });

  it('keeps every library utility it lists resolvable, and bash builtins as builtins', async () => {
    const s = fresh();
    const r = await s.run(`type ${NODE_UTILITIES.join(' ')} >/dev/null; echo $?`);
    expect(r.stdout).toBe('0\n');
    expect((await s.run('type alias help history')).stdout).toBe('alias is a shell builtin\nhelp is a shell builtin\nhistory is a shell builtin\n');
  });

  it('is bash 5.2.15 and root, as the node is', async () => {
    const s = fresh();
    expect((await s.run('bash --version | head -1')).stdout).toBe('GNU bash, version 5.2.15(1)-release (x86_64-pc-linux-gnu)\n');
    // Recorded with `bash -c help | head -2` on bookworm.
    expect((await s.run('help | head -2')).stdout).toBe(
      "GNU bash, version 5.2.15(1)-release (x86_64-pc-linux-gnu)\nThese shell commands are defined internally.  Type `help' to see this list.\n",
    );
    expect((await s.run('help cd | head -1')).stdout).toBe('cd: cd [-L|-P] [dir]\n');
    expect(await s.run('whoami')).toEqual({ stdout: 'root\n', stderr: '', exitCode: 0 });
  });
});

describe('no message names the shell library', () => {
  const LINES = [
    ...REMOVED.map((n) => `${n} x`),
    ...NODE_UTILITIES.flatMap((n) => [`${n} --help </dev/null`, `${n} --version </dev/null`, `${n} --no-such-option </dev/null`]),
    'help',
    'cd -',
    'python3 -c 1',
    'sqlite3 2>&1 | cat',
    'timeout 1 xan',
    'f() { f; }; f',
    "awk 'BEGIN { while (1) i++ }'",
    'echo {1..20000} > /dev/null',
    'seq 1 2000000 | wc -l',
    "printf '%*s' 70000000 x | wc -c",
    'cat /dev/zero | wc -c',
    'tar cf /nodir/x.tar /etc/hostname',
    'mkdir -p d && tar cf d /etc/hostname',
    'tar cf /etc/hostname/x.tar /etc/hostname',
  ];

  it('in any output of these lines', async () => {
    const s = fresh();
    for (const line of LINES) {
      const r = await s.run(line);
      const leaked = `${r.stdout}${r.stderr}`.split('\n').filter((l) => LIBRARY_WORDS.test(l));
      expect({ line, leaked }).toEqual({ line, leaked: [] });
    }
  }, 60_000);
});
