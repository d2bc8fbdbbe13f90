// Interactive containers on a terminal: `nerdctl run -it --rm alpine sh` keeps the terminal for
// the image's shell until `exit` (then --rm removes the container), `exec -it` likewise; without
// a terminal, -t panics in console.Current() (exit 2), as the released binary does.

import { describe, expect, it } from 'vitest';
import { createSession } from '../../../index';

describe('nerdctl -it on a terminal', () => {
  it('run -it --rm alpine sh: the shell, then the container is gone', async () => {
    const s = createSession({ seed: 4, now: () => Date.UTC(2026, 11, 3, 9, 0, 0) });
    await s.run('nerdctl pull -q alpine');
    const first = await s.run('nerdctl run -it --rm --name box alpine sh', { tty: true });
    expect(first.stdout).toContain('/ # ');
    expect((await s.run('cat /etc/os-release | head -1', { tty: true })).stdout).toBe('NAME="Alpine Linux"\n');
    expect((await s.run('echo $HOSTNAME', { tty: true })).stdout).toMatch(/^[0-9a-f]{12}\n$/);
    expect((await s.run('exit', { tty: true })).exitCode).toBe(0);
    expect(s.prompt()).toBe('root@node1:~# ');
    expect((await s.run('nerdctl ps -a -q')).stdout).toBe('');
    expect((await s.run('ls /var/lib/nerdctl/1935db59/names/default')).stdout).toBe('');
  });

  it('-t without a terminal: the console panic, exit 2', async () => {
    const s = createSession({ seed: 4, now: () => Date.UTC(2026, 11, 3, 9, 0, 0) });
    const r = await s.run('nerdctl run -it --rm alpine sh');
    expect(r.stderr).toContain('panic: provided file is not a console\n');
    expect(r.exitCode).toBe(2);
  });
});

describe('nerdctl exec -it on a terminal', () => {
  it('`exit 3` in the shell ends exec with its fatal line and exit 1', async () => {
    const s = createSession({ seed: 4, now: () => Date.UTC(2026, 11, 3, 9, 0, 0) });
    await s.run('nerdctl run -d --name web nginx:alpine');
    await s.run('nerdctl exec -it web sh', { tty: true });
    const r = await s.run('exit 3', { tty: true });
    expect(r.exitCode).toBe(1);
    // logrus on a terminal: the coloured level, the message padded.
    expect(r.stderr).toMatch(/^\x1b\[31mFATA\x1b\[0m\[\d{4}\] exec failed with exit code 3 *\n$/);
    await s.run('nerdctl exec -it web sh', { tty: true });
    expect((await s.run('exit', { tty: true })).exitCode).toBe(0);
  });
});
