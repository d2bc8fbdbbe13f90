import { describe, expect, it } from 'vitest';
import type { InteractiveProgram } from '../cli/spec';
import { nodeCommand } from './commands/command-host';
import { createSession } from './session';
import type { Stream } from './session-types';

const NOW = Date.UTC(2026, 10, 28, 5, 14, 0);

/** A test program that reports what its IO looked like. */
const probe = nodeCommand('probe', async (args, io) => {
  io.stdout(`tty=${io.isTTY} ns=${io.environ.CONTAINERD_NAMESPACE ?? '-'} cwd=${io.cwd} stdin=${JSON.stringify(io.stdin)}\n`);
  io.stderr('err\n');
  await io.pace(1000);
  io.stdout('after\n');
  if (args[0] === 'attach' && io.terminal) {
    let lines = 0;
    const inner: InteractiveProgram = {
      prompt: () => '/ # ',
      input: async (line) => (line === 'exit' ? { stdout: '', stderr: '', exitCode: 5 } : { stdout: `got ${line} ${++lines}\n`, stderr: '' }),
      interrupt: async () => ({ stdout: '', stderr: '', exitCode: 130 }),
    };
    io.terminal.attach(inner);
  }
  return Number(args[1] ?? 0);
});

function session(saved?: unknown) {
  return createSession({ seed: 7, now: () => NOW, saved, programs: { probe } });
}

async function run(s: ReturnType<typeof session>, line: string, tty = false) {
  const chunks: Array<[string, Stream]> = [];
  const r = await s.run(line, { tty, onOutput: (c, st) => chunks.push([c, st]) });
  return { ...r, chunks };
}

describe('shell session basics', () => {
  it('shows root’s prompt with the cwd like bash', async () => {
    const s = session();
    expect(s.prompt()).toBe('root@node1:~# ');
    await run(s, 'mkdir -p /root/w && cd /root/w');
    expect(s.prompt()).toBe('root@node1:~/w# ');
    await run(s, 'cd /etc/containerd');
    expect(s.prompt()).toBe('root@node1:/etc/containerd# ');
    expect((await run(s, 'pwd')).stdout).toBe('/etc/containerd\n');
  });

  it('keeps variables from line to line, exported or not', async () => {
    const s = session();
    await run(s, 'export CONTAINERD_NAMESPACE=k8s.io; LOCAL=1');
    expect((await run(s, 'echo $CONTAINERD_NAMESPACE $LOCAL')).stdout).toBe('k8s.io 1\n');
    expect((await run(s, 'probe')).stdout).toContain('ns=k8s.io');
    await run(s, 'unset CONTAINERD_NAMESPACE');
    expect((await run(s, 'probe')).stdout).toContain('ns=-');
    await run(s, 'NS2=x');
    expect((await run(s, "bash -c 'echo [$NS2]'")).stdout).toBe('[]\n');
  });

  it('carries $? to the next line and reports each line’s exit code', async () => {
    const s = session();
    expect((await run(s, 'false')).exitCode).toBe(1);
    expect((await run(s, 'echo $?')).stdout).toBe('1\n');
    expect((await run(s, 'probe x 4')).exitCode).toBe(4);
  });

  it('answers bad input like bash and stays alive', async () => {
    const s = session();
    expect(await run(s, 'nosuchcmd')).toMatchObject({ exitCode: 127, stderr: 'bash: nosuchcmd: command not found\n' });
    expect((await run(s, 'echo "open')).exitCode).toBe(2);
    expect((await run(s, 'echo ok')).stdout).toBe('ok\n');
  });

  it('keeps history, leaving out blank lines and lines starting with a space', async () => {
    const s = session();
    await run(s, 'echo 1');
    await run(s, '');
    await run(s, ' echo secret');
    expect(s.history()).toEqual(['echo 1']);
    expect((await run(s, 'history')).stdout).toBe('    1  echo 1\n    2  history\n');
  });

  it('keeps at most HISTSIZE (500) lines, in memory and in the saved copy', async () => {
    // Starts from a save already holding 500 lines, so 20 typed lines push the oldest out
    // without running 520 lines through the shell.
    const full = { ...session().save(), history: Array.from({ length: 500 }, (_, i) => `: ${i}`) };
    const s = session(full);
    expect(s.history()).toHaveLength(500);
    for (let i = 500; i < 520; i++) await run(s, `: ${i}`);
    expect(s.history()).toHaveLength(500);
    expect(s.history()[0]).toBe(': 20');
    expect(s.save().history).toHaveLength(500);
    const long = { ...s.save(), history: Array.from({ length: 800 }, (_, i) => `: ${i}`) };
    const restored = createSession({ seed: 1, now: () => NOW, saved: long });
    expect(restored.history()).toHaveLength(500);
    expect(restored.history()[499]).toBe(': 799');
  });
});

describe('our programs in shell constructs', () => {
  it('pipes, substitutions, heredocs and redirections work with them', async () => {
    const s = session();
    expect((await run(s, 'ctr -v | grep -o containerd/containerd')).stdout).toBe('containerd/containerd\n');
    expect((await run(s, 'echo "[$(hostname)]"')).stdout).toBe('[node1]\n');
    expect((await run(s, 'probe <<EOF\nhello\nEOF')).stdout).toContain('stdin="hello\\n"');
    await run(s, 'ctr -v > /tmp/v.txt');
    expect(s.node.state.host.files['/tmp/v.txt']?.content).toBe('ctr github.com/containerd/containerd 1.6.20~ds1\n');
  });

  it('gives a lone command a TTY and streams it; pipes and redirections get neither', async () => {
    const s = session();
    const lone = await run(s, 'probe', true);
    expect(lone.stdout).toBe('tty=true ns=- cwd=/root stdin=""\nafter\n');
    expect(lone.chunks.map((c) => c[0])).toEqual(['tty=true ns=- cwd=/root stdin=""\n', 'err\n', 'after\n']);
    const piped = await run(s, 'probe | cat', true);
    expect(piped.stdout).toContain('tty=false');
    expect((await run(s, 'probe', false)).stdout).toContain('tty=false');
  });

  it('keeps stdout and stderr in arrival order for a lone command off a TTY', async () => {
    const s = session();
    const r = await run(s, 'probe');
    expect(r.chunks.map((c) => c[1])).toEqual(['stdout', 'stderr', 'stdout']);
  });

  it('lets simulated time pass for sleep and pace, not wall time', async () => {
    const s = session();
    const start = Date.now();
    await run(s, 'sleep 30');
    expect(s.node.nowMs()).toBe(NOW + 30_000);
    await run(s, 'probe');
    expect(s.node.nowMs()).toBe(NOW + 31_000);
    expect(Date.now() - start).toBeLessThan(2000);
  });

  it('shows the simulated time in date', async () => {
    const s = session();
    expect((await run(s, 'date -u')).stdout).toBe('Sat Nov 28 05:14:00 UTC 2026\n');
    await run(s, 'sleep 90');
    expect((await run(s, 'date +%H:%M:%S')).stdout).toBe('05:15:30\n');
    expect((await run(s, 'date -d @0 +%Y')).stdout).toBe('1970\n');
  });

  it('hands following lines to an attached program until it exits', async () => {
    const s = session();
    await run(s, 'probe attach', true);
    expect(s.prompt()).toBe('/ # ');
    expect((await run(s, 'ls', true)).stdout).toBe('got ls 1\n');
    expect(s.needsMoreInput('echo "')).toBe(false);
    expect((await run(s, 'exit', true)).exitCode).toBe(5);
    expect(s.prompt()).toBe('root@node1:~# ');
    expect((await run(s, 'echo $?')).stdout).toBe('5\n');
  });

  it('never attaches off a terminal', async () => {
    const s = session();
    await run(s, 'probe attach');
    expect(s.prompt()).toBe('root@node1:~# ');
  });
});

describe('device files', () => {
  it('sends output to /dev/null and reads it empty, storing nothing', async () => {
    const s = session();
    expect(await run(s, 'ctr i ls > /dev/null')).toMatchObject({ stdout: '', stderr: '', exitCode: 0 });
    expect(await run(s, 'ctr nosuch 2>/dev/null')).toMatchObject({ stdout: '', stderr: '' });
    expect(await run(s, 'ctr i ls >/dev/null 2>&1; echo $?')).toMatchObject({ stdout: '0\n', stderr: '' });
    expect(await run(s, 'echo x >> /dev/null; cat /dev/null; wc -c < /dev/null')).toMatchObject({ stdout: '0\n', exitCode: 0 });
    expect((await run(s, 'head -c 3 /dev/zero | od -An -c')).stdout.trim()).toBe('\\0  \\0  \\0');
    expect((await run(s, 'ls /dev')).stdout).toBe('mqueue\nnull\nshm\ntty\nzero\n');
    expect(Object.keys(s.node.state.host.files).filter((p) => p.startsWith('/dev'))).toEqual([]);
  });

  it('lets cp overwrite a file and copy into /dev/null, and refuses a file onto itself', async () => {
    const s = session();
    expect((await run(s, 'cp /etc/hostname /tmp/h && cp /etc/hosts /tmp/h && cp /tmp/h /dev/null')).exitCode).toBe(0);
    expect(s.node.state.host.files['/tmp/h']?.content).toContain('localhost');
    expect((await run(s, 'cp /tmp/h /tmp/h')).stderr).toBe("cp: '/tmp/h' and '/tmp/h' are the same file\n");
  });
});

describe('systemctl and containerd', () => {
  it('stopping containerd makes ctr fail to dial, starting it again heals', async () => {
    const s = session();
    expect((await run(s, 'systemctl is-active containerd')).stdout).toBe('active\n');
    await run(s, 'systemctl stop containerd');
    expect((await run(s, 'systemctl is-active containerd')).exitCode).toBe(3);
    const v = await run(s, 'ctr version');
    expect(v.exitCode).toBe(1);
    expect(v.stderr).toMatch(/^ctr: failed to dial "\/run\/containerd\/containerd.sock"/);
    await run(s, 'systemctl start containerd');
    expect((await run(s, 'ctr version')).exitCode).toBe(0);
  });

  it('prints versions and the default config', async () => {
    const s = session();
    expect((await run(s, 'containerd --version')).stdout).toBe(
      'containerd github.com/containerd/containerd 1.6.20~ds1 1.6.20~ds1-1+deb12u3\n',
    );
    expect((await run(s, 'containerd config default')).stdout).toBe((await run(s, 'cat /etc/containerd/config.toml')).stdout);
    expect((await run(s, 'runc --version')).stdout).toMatch(/^runc version 1\.1\.5\+ds1\n/);
  });
});

describe('needsMoreInput', () => {
  const s = session();
  it.each([
    ['echo "abc', true],
    ["echo 'abc", true],
    ['echo a \\', true],
    ['cat <<EOF\nx', true],
    ['cat <<EOF\nx\nEOF', false],
    ['ctr i ls |', true],
    ['for i in 1 2; do', true],
    ['if true; then echo', true],
    ['echo done', false],
    ['', false],
  ])('%j → %s', (line, more) => expect(s.needsMoreInput(line)).toBe(more));
});

describe('complete', () => {
  const s = session();
  it('completes command names, ctr subcommands and flags, and paths', async () => {
    expect(await s.complete('ct')).toContain('ctr');
    expect(await s.complete('ctr ver')).toEqual(['version']);
    expect(await s.complete('ctr --nam')).toEqual(['--namespace']);
    expect(await s.complete('ctr -n k8s.io na')).toEqual(['namespace', 'namespaces']);
    expect(await s.complete('cat /etc/contai')).toEqual(['/etc/containerd/']);
    expect(await s.complete('ls /etc/containerd/c')).toEqual(['/etc/containerd/certs.d/', '/etc/containerd/config.toml']);
    expect(await s.complete('systemctl sta')).toEqual(['start', 'status']);
  });
});

describe('save and restore', () => {
  it('restores node state, cwd, variables and history', async () => {
    const s = session();
    await run(s, 'cd /tmp; export A=1; B=2; echo hi > f');
    const saved = JSON.parse(JSON.stringify(s.save())) as unknown;
    const t = session(saved);
    expect(t.prompt()).toBe('root@node1:/tmp# ');
    expect((await run(t, 'cat f; echo $A $B; bash -c "echo $A-\\$B"')).stdout).toBe('hi\n1 2\n1-\n');
    expect(t.history()).toEqual(['cd /tmp; export A=1; B=2; echo hi > f', 'cat f; echo $A $B; bash -c "echo $A-\\$B"']);
  });

  it('starts a fresh node for foreign or damaged saved data', async () => {
    for (const bad of [null, 42, 'x', { version: 99 }, { version: 1, node: { version: 1 } }, { version: 1, node: null }]) {
      const s = session(bad);
      expect(s.prompt()).toBe('root@node1:~# ');
      expect((await run(s, 'ctr version')).exitCode).toBe(0);
    }
  });
});
