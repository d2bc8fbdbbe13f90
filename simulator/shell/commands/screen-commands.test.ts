import { describe, expect, it } from 'vitest';
import { createSession } from '../session';
import { RAW_KEYS_PROMPT } from '../screen/raw-keys';

const TTY = { tty: true } as const;

describe('vi, less and more on the node', () => {
  it('vi takes the terminal for raw keys, writes the file, and gives the prompt back', async () => {
    const s = createSession({ seed: 1 });
    const opened = await s.run('vi /etc/crictl.yaml', TTY);
    expect(opened.exitCode).toBe(0);
    expect(opened.stdout).toContain('\x1b[?1049h');
    expect(s.prompt()).toBe(RAW_KEYS_PROMPT);
    await s.run('iruntime-endpoint: unix:///run/containerd/containerd.sock\x1b', TTY);
    const saved = await s.run(':wq\r', TTY);
    expect(saved.exitCode).toBe(0);
    expect(s.prompt()).toBe('root@node1:~# ');
    expect((await s.run('cat /etc/crictl.yaml')).stdout).toBe('runtime-endpoint: unix:///run/containerd/containerd.sock\n');
    // The keys typed to vi are not shell history.
    expect(s.history()).toEqual(['vi /etc/crictl.yaml', 'cat /etc/crictl.yaml']);
  });

  it('vim without a terminal refuses honestly', async () => {
    const s = createSession({ seed: 1 });
    const result = await s.run('vim /etc/profile');
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain('not simulated here');
  });

  it('less and more behave like cat when stdout is not a terminal', async () => {
    const s = createSession({ seed: 1 });
    await s.run('printf "a\\nb\\n" > /tmp/f');
    expect((await s.run('less /tmp/f | cat')).stdout).toBe('a\nb\n');
    expect((await s.run('cat /tmp/f | more')).stdout).toBe('a\nb\n');
    const missing = await s.run('less /tmp/nope');
    expect(missing.stderr).toBe('/tmp/nope: No such file or directory\n');
  });

  it('less pages on a terminal and q returns to the shell', async () => {
    const s = createSession({ seed: 1 });
    await s.run('seq 1 100 > /tmp/n');
    const opened = await s.run('less /tmp/n', TTY);
    expect(opened.stdout).toContain('\x1b[7m/tmp/n\x1b[27m');
    expect(s.prompt()).toBe(RAW_KEYS_PROMPT);
    const next = await s.run(' ', TTY);
    expect(next.stdout).toContain('46');
    await s.run('q', TTY);
    expect(s.prompt()).toBe('root@node1:~# ');
  });

  it('nano edits a file: type, ^X, Y, Enter saves it', async () => {
    const s = createSession({ seed: 1 });
    await s.run('printf "export A=1\n" > /tmp/p');
    const opened = await s.run('nano /tmp/p', TTY);
    expect(opened.stdout).toContain('[ Read 1 line ]');
    expect(s.prompt()).toBe(RAW_KEYS_PROMPT);
    await s.run('# ', TTY);
    await s.run('\x18', TTY);
    await s.run('y', TTY);
    const done = await s.run('\r', TTY);
    expect(done.exitCode).toBe(0);
    expect(s.prompt()).toBe('root@node1:~# ');
    expect((await s.run('cat /tmp/p')).stdout).toBe('# export A=1\n');
  });
});
